/// Writing the SVG document.
extension Figure {
    /// Placeholder for the id prefix, replaced by a content hash once the body is written.
    static let idPlaceholder = "hf-id-placeholder"

    var resolvedColumns: Int { max(1, min(columns, max(panels.count, 1))) }
    var rows: Int { max(1, (panels.count + resolvedColumns - 1) / resolvedColumns) }

    var resolvedFontSize: Double {
        if let fontSize, fontSize.isFinite, fontSize > 0 { return min(max(fontSize, 4), 100) }
        switch resolvedColumns {
        case 1: return 13
        case 2: return 17
        default: return 20
        }
    }

    var titleBand: Double {
        guard let title, !title.isEmpty else { return 0 }
        return resolvedFontSize * 2
    }

    /// The legend entries every panel repeats, when a figure of several panels would draw the
    /// same legend in each: that legend is drawn once, centred under the figure title, and the
    /// panels draw none. Nil when the panels' legends differ or a panel places its own.
    var sharedLegend: [LegendEntry]? {
        guard panels.count > 1 else { return nil }
        var shared: [LegendEntry]?
        for panel in panels {
            guard panel.legend == .automatic else { return nil }
            let entries = panel.preparedMarks.flatMap(\.legendEntries)
            guard !entries.isEmpty, shared == nil || shared == entries else { return nil }
            shared = entries
        }
        return shared
    }

    /// The shared legend and the height of its band (zero without one).
    var legendBand: (legend: Legend?, height: Double) {
        guard let entries = sharedLegend else { return (nil, 0) }
        let legend = Legend(entries: entries, fontSize: resolvedFontSize * 0.88)
        let available = size(legendHeight: 0).width - resolvedFontSize
        return (legend, legend.rowsHeight(width: available) + resolvedFontSize * 0.5)
    }

    /// Width and height of the viewBox.
    var size: (width: Double, height: Double) { size(legendHeight: legendBand.height) }

    private func size(legendHeight: Double) -> (width: Double, height: Double) {
        let columns = Double(resolvedColumns)
        let defaultWidth = columns == 1 ? 480 : columns == 2 ? 680 : 300 * columns
        let total = width.map { Self.clampSize($0) } ?? defaultWidth
        // Side-by-side panels are taller than a single one: their fonts are larger relative to
        // the panel, and a legend above the plot must leave room for the data.
        let panelHeight = total / columns * (columns == 1 ? 0.66 : 0.85)
        let automatic = titleBand + legendHeight + panelHeight * Double(rows)
        let tall = height.map { Self.clampSize($0) } ?? automatic
        return (total, tall)
    }

    /// Sizes are kept within 50…20 000 units (non-finite sizes become 480).
    static func clampSize(_ value: Double) -> Double {
        value.isFinite ? min(max(value, 50), 20_000) : 480
    }

    /// The figure as a standalone SVG document (UTF-8 text, no XML declaration, ends with a
    /// newline). Identical figures give identical bytes; ids are derived from a hash of the
    /// content, so several figures can be inlined in one HTML page.
    public func svg() -> String {
        let (width, height) = size
        let font = resolvedFontSize
        let (shared, legendHeight) = legendBand
        let top = titleBand + legendHeight
        let cellWidth = width / Double(resolvedColumns)
        let cellHeight = (height - top) / Double(rows)
        var panelElements: [SVGElement] = []
        var clips: [SVGElement] = []
        if let shared {
            let rowWidth = min(shared.singleRowWidth, width - font)
            panelElements.append(
                shared.rows(
                    x: (width - rowWidth) / 2, y: titleBand + font * 0.25, width: width - font))
        }
        for (index, var panel) in panels.enumerated() {
            let row = index / resolvedColumns
            let column = index % resolvedColumns
            let cell = Rect(
                x: Double(column) * cellWidth, y: top + Double(row) * cellHeight,
                width: cellWidth, height: cellHeight)
            if shared != nil { panel.legend = .hidden }
            let rendered = panel.render(
                in: cell, fontSize: font, clipID: "\(Self.idPlaceholder)-clip\(index)")
            panelElements.append(rendered.body)
            clips.append(rendered.clip)
        }
        var children: [SVGElement] = [
            SVGElement("title", ["id": "\(Self.idPlaceholder)-title"], text: accessibleTitle),
            SVGElement("desc", ["id": "\(Self.idPlaceholder)-desc"], text: accessibleDescription),
            SVGElement("style", text: Stylesheet.text),
            SVGElement("defs", children: clips),
            .rect(Rect(x: 0, y: 0, width: width, height: height), className: "hf-bg"),
        ]
        if let title, !title.isEmpty {
            let size = TextMetrics.fittingSize(
                title, preferred: font * 1.15, available: width - font, bold: true,
                minimum: font * 0.6)
            var element = SVGElement.label(title, x: width / 2, y: titleBand * 0.55, size: size)
            element.attributes["font-weight"] = "600"
            children.append(element)
        }
        children += panelElements
        let root = SVGElement(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg",
                "viewBox": "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))",
                "width": "100%", "class": "hf-figure", "role": "img",
                "aria-labelledby": "\(Self.idPlaceholder)-title \(Self.idPlaceholder)-desc",
            ],
            children: children)
        var writer = SVGWriter()
        writer.write(root)
        let text = writer.output
        let prefix = "hf" + Self.hashHex(text)
        return text.replacingOccurrences(of: Self.idPlaceholder, with: prefix)
    }

    /// FNV-1a (32 bit) of the UTF-8 bytes, as 8 hex digits.
    static func hashHex(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
