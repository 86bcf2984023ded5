/// Drawing a panel into a cell of the figure.
extension Axes {
    /// The marks with bar groups numbered (several bar marks share each category).
    var preparedMarks: [any Mark] {
        var result = marks
        let barIndices = result.indices.filter { result[$0] is BarMark }
        for (group, index) in barIndices.enumerated() {
            guard var bar = result[index] as? BarMark else { continue }
            bar.groupIndex = group
            bar.groupCount = barIndices.count
            result[index] = bar
        }
        return result
    }

    /// Layout input for this panel in `cell`.
    func layoutInput(cell: Rect, fontSize: Double, marks: [any Mark], extraTop: Double)
        -> PanelLayout.Input
    {
        let xCategories = marks.lazy.compactMap(\.xCategories).first
        let yCategories = marks.lazy.compactMap(\.yCategories).first
        let xKind = xCategories == nil ? xScale : .linear
        let yKind = yCategories == nil ? yScale : .linear
        var bounds: DataBounds?
        for mark in marks {
            guard let box = mark.bounds(x: xKind, y: yKind) else { continue }
            bounds = bounds.map { $0.union(box) } ?? box
        }
        let paddings = marks.map(\.padding)
        let padding: AxisPadding =
            paddings.contains(.tight)
            ? .tight : paddings.contains(.zeroBaseline) ? .zeroBaseline : .margins
        let xPadding: AxisPadding =
            xCategories != nil ? .tight : (padding == .zeroBaseline ? .margins : padding)
        let yPadding: AxisPadding = yCategories != nil ? .tight : padding
        let x = AxisDomain.resolve(
            low: bounds?.minX, high: bounds?.maxX, limits: xLimits, kind: xKind, padding: xPadding)
        let y = AxisDomain.resolve(
            low: bounds?.minY, high: bounds?.maxY, limits: yLimits, kind: yKind, padding: yPadding)
        let whole = marks.compactMap(\.wholeValues)
        let countsEpochs = xLabel?.lowercased().contains("epoch") ?? false
        return PanelLayout.Input(
            cell: cell, fontSize: fontSize, hasTitle: title?.isEmpty == false,
            hasXLabel: xLabel?.isEmpty == false, hasYLabel: yLabel?.isEmpty == false,
            showsAxes: showsAxes, equalAspect: equalAspect,
            x: (xKind, x.0, x.1, xCategories), y: (yKind, y.0, y.1, yCategories),
            rightExtra: marks.map { $0.rightMargin(fontSize: fontSize) }.max() ?? 0,
            extraTop: extraTop,
            xWholeNumbers: Self.countsWholeThings(
                x, kind: xKind, named: countsEpochs, whole: !whole.isEmpty && whole.allSatisfy(\.x)),
            yWholeNumbers: Self.countsWholeThings(
                y, kind: yKind, named: false, whole: !whole.isEmpty && whole.allSatisfy(\.y)))
    }

    /// Whether an axis gets whole-number ticks only: a linear axis spanning at least 2 units
    /// whose label names epochs (training values sit half an epoch early, yet the axis counts
    /// epochs) or whose point marks all have whole values. Shorter spans keep fractional ticks.
    static func countsWholeThings(
        _ domain: (Double, Double), kind: AxisScale, named: Bool, whole: Bool
    ) -> Bool {
        kind == .linear && (named || whole) && abs(domain.1 - domain.0) >= 2
    }

    /// The panel's elements and its clip path (for the figure's `defs`).
    func render(in cell: Rect, fontSize: Double, clipID: String) -> (
        body: SVGElement, clip: SVGElement
    ) {
        let marks = preparedMarks
        var layout = PanelLayout(
            layoutInput(cell: cell, fontSize: fontSize, marks: marks, extraTop: 0))
        let entries = legend == .hidden ? [] : marks.flatMap(\.legendEntries)
        let key = Legend(entries: entries, fontSize: fontSize * 0.88)
        var legendElement: SVGElement?
        if !entries.isEmpty {
            let obstacles = marks.flatMap { $0.obstacles(in: layout.frame) }
            let inside =
                legend == .above
                ? nil
                : key.insideRect(position: legend, plot: layout.frame.rect, obstacles: obstacles)
            if let inside {
                legendElement = key.box(in: inside)
            } else {
                let height = key.rowsHeight(width: layout.frame.rect.width) + fontSize * 0.2
                layout = PanelLayout(
                    layoutInput(cell: cell, fontSize: fontSize, marks: marks, extraTop: height))
                legendElement = key.rows(
                    x: layout.frame.rect.x, y: layout.legendTop, width: layout.frame.rect.width)
            }
        }
        let frame = layout.frame
        var children: [SVGElement] = []
        if showsGrid && !marks.contains(where: \.hidesGrid) { children.append(gridPath(layout)) }
        if showsZeroLines, let zero = zeroLines(frame) { children.append(zero) }
        var drawn = marks.flatMap { $0.render(in: frame) }
        if drawn.isEmpty
            || !marks.contains(where: { $0.bounds(x: frame.x.kind, y: frame.y.kind) != nil })
        {
            drawn = [noDataMessage(frame, dropped: marks.reduce(0) { $0 + $1.droppedCount })]
        }
        var clipped = SVGElement.group(nil, drawn)
        clipped.attributes["clip-path"] = "url(#\(clipID))"
        children.append(clipped)
        children += marks.flatMap { $0.decorations(in: frame) }
        if showsAxes { children += axisElements(layout) }
        children += titles(layout, cell: cell, fontSize: fontSize)
        if let legendElement { children.append(legendElement) }
        let clip = SVGElement("clipPath", ["id": clipID], children: [.rect(frame.rect)])
        return (.group("hf-panel", children), clip)
    }
}
