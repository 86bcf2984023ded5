/// Sizing, placing and drawing a panel's legend.
///
/// Inside placement tries the four corners of the plot area (top right, top left, bottom right,
/// bottom left) and counts the data points each candidate box would cover; the first corner
/// covering nothing wins. When every corner covers data the legend goes above the plot area,
/// its entries flowing in rows.
struct Legend {
    let entries: [LegendEntry]
    let fontSize: Double

    var padding: Double { fontSize * 0.5 }
    var rowHeight: Double { fontSize * 1.45 }
    var symbolWidth: Double { fontSize * 2 }
    var gap: Double { fontSize * 0.45 }

    /// Size of the boxed, one-entry-per-row legend.
    var boxSize: (width: Double, height: Double) {
        let widest = entries.map { TextMetrics.width($0.label, size: fontSize) }.max() ?? 0
        return (
            2 * padding + symbolWidth + gap + widest,
            2 * padding + Double(entries.count) * rowHeight - fontSize * 0.3
        )
    }

    /// The inside rectangle for `position`, or nil when the legend should go above the plot.
    func insideRect(position: LegendPosition, plot: Rect, obstacles: [Point]) -> Rect? {
        let (width, height) = boxSize
        let margin = fontSize * 0.5
        guard width < plot.width - 2 * margin, height < plot.height - 2 * margin else { return nil }
        let left = plot.x + margin
        let right = plot.maxX - margin - width
        let top = plot.y + margin
        let bottom = plot.maxY - margin - height
        let corners: [(LegendPosition, Rect)] = [
            (.topRight, Rect(x: right, y: top, width: width, height: height)),
            (.topLeft, Rect(x: left, y: top, width: width, height: height)),
            (.bottomRight, Rect(x: right, y: bottom, width: width, height: height)),
            (.bottomLeft, Rect(x: left, y: bottom, width: width, height: height)),
        ]
        if let fixed = corners.first(where: { $0.0 == position }) { return fixed.1 }
        guard position == .automatic else { return nil }
        for (_, rect) in corners {
            let grown = rect.insetBy(-3)
            if !obstacles.contains(where: { grown.contains($0.x, $0.y) }) { return rect }
        }
        return nil
    }

    /// Height of the row layout for a given available width.
    func rowsHeight(width: Double) -> Double {
        Double(rowLayout(width: width).rows) * rowHeight
    }

    /// Width of all entries side by side in one row.
    var singleRowWidth: Double {
        let widths = entries.map { symbolWidth + gap + TextMetrics.width($0.label, size: fontSize) }
        return widths.reduce(0, +) + fontSize * 1.2 * Double(max(widths.count - 1, 0))
    }

    /// x offsets and row numbers of each entry when flowing in rows of `width`.
    private func rowLayout(width: Double) -> (positions: [(Double, Int)], rows: Int) {
        var positions: [(Double, Int)] = []
        var x = 0.0
        var row = 0
        for entry in entries {
            let entryWidth = symbolWidth + gap + TextMetrics.width(entry.label, size: fontSize)
            if x > 0 && x + entryWidth > width {
                row += 1
                x = 0
            }
            positions.append((x, row))
            x += entryWidth + fontSize * 1.2
        }
        return (positions, entries.isEmpty ? 0 : row + 1)
    }

    /// The boxed legend drawn in `rect`.
    func box(in rect: Rect) -> SVGElement {
        var children = [SVGElement.rect(rect, className: "hf-legend")]
        for (index, entry) in entries.enumerated() {
            let y = rect.y + padding + (Double(index) + 0.5) * rowHeight - fontSize * 0.15
            children += row(entry, x: rect.x + padding, y: y)
        }
        children[0].attributes["rx"] = "3"
        return .group("hf-legendbox", children)
    }

    /// The legend flowing in rows from (x, y), at most `width` wide.
    func rows(x: Double, y: Double, width: Double) -> SVGElement {
        let layout = rowLayout(width: width)
        var children: [SVGElement] = []
        for (entry, (offset, row)) in zip(entries, layout.positions) {
            children += self.row(entry, x: x + offset, y: y + (Double(row) + 0.5) * rowHeight)
        }
        return .group("hf-legendrows", children)
    }

    private func row(_ entry: LegendEntry, x: Double, y: Double) -> [SVGElement] {
        var elements: [SVGElement] = []
        let mid = x + symbolWidth / 2
        let radius = fontSize * 0.3
        switch entry.symbol {
        case .line(let dash, let marker, let width):
            var data = PathData()
            data.move(x, y)
            data.line(x + symbolWidth, y)
            let stroke = width * fontSize / 11.4
            var extra = ["stroke-width": SVGNumber.format(stroke)]
            if let dashes = dash.dashArray(width: stroke) { extra["stroke-dasharray"] = dashes }
            elements.append(
                .path(data, className: "hf-line " + Palette.strokeClass(entry.slot), extra: extra))
            if marker != .none {
                elements.append(markerPath(marker, slot: entry.slot, x: mid, y: y, r: radius))
            }
        case .patch(let opacity):
            let size = fontSize * 0.75
            var patch = SVGElement.rect(
                Rect(x: mid - size * 0.7, y: y - size / 2, width: size * 1.4, height: size),
                className: Palette.fillClass(entry.slot))
            patch.attributes["fill-opacity"] = SVGNumber.format(max(opacity, 0.45))
            elements.append(patch)
        case .marker(let shape):
            elements.append(markerPath(shape, slot: entry.slot, x: mid, y: y, r: radius * 1.1))
        }
        elements.append(
            .label(entry.label, x: x + symbolWidth + gap, y: y, size: fontSize, anchor: "start"))
        return elements
    }

    private func markerPath(_ shape: MarkerShape, slot: Int, x: Double, y: Double, r: Double)
        -> SVGElement
    {
        var data = PathData()
        shape.append(to: &data, x: x, y: y, r: r)
        if shape.isStroked {
            return .path(
                data, className: "hf-line " + Palette.strokeClass(slot),
                extra: ["stroke-width": "1.5"])
        }
        return .path(
            data, className: "hf-halo " + Palette.fillClass(slot), extra: ["stroke-width": "0.7"])
    }
}
