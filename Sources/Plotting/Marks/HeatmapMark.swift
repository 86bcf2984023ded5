/// A matrix drawn as coloured cells (row 0 at the top), with a colour bar and, for small
/// matrices, the value written in each cell.
struct HeatmapMark: Mark {
    var values: [[Double]]
    var rowLabels: [String]
    var columnLabels: [String]
    var colormap: Colormap
    var lower: Double
    var upper: Double
    var showsValues: Bool

    var padding: AxisPadding { .tight }
    var hidesGrid: Bool { true }
    var xCategories: [String]? { columnLabels }
    var yCategories: [String]? { rowLabels.reversed() }
    var droppedCount: Int { values.joined().filter { !$0.isFinite }.count }

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        guard x == .linear, y == .linear, !values.isEmpty else { return nil }
        return DataBounds(
            minX: -0.5, maxX: Double(columnLabels.count) - 0.5,
            minY: -0.5, maxY: Double(rowLabels.count) - 0.5)
    }

    var summary: String {
        let range =
            TickFormatter.scientificIfNeeded(lower) + " to "
            + TickFormatter.scientificIfNeeded(upper)
        return "heatmap of \(rowLabels.count) × \(columnLabels.count) values from \(range)"
    }

    private func position(of value: Double) -> Double {
        upper > lower ? (value - lower) / (upper - lower) : 0.5
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        var cells: [SVGElement] = []
        var texts: [SVGElement] = []
        let rows = rowLabels.count
        for (r, row) in values.enumerated() {
            for (c, value) in row.enumerated() where value.isFinite && c < columnLabels.count {
                let yValue = Double(rows - 1 - r)
                guard let x0 = frame.x.position(Double(c) - 0.5),
                    let x1 = frame.x.position(Double(c) + 0.5),
                    let y0 = frame.y.position(yValue + 0.5), let y1 = frame.y.position(yValue - 0.5)
                else { continue }
                let t = position(of: value)
                var cell = SVGElement.rect(Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0))
                cell.attributes["fill"] = colormap.hex(t)
                cells.append(cell)
                guard showsValues else { continue }
                let text = TickFormatter.scientificIfNeeded(value)
                let size = min(frame.fontSize * 0.82, (y1 - y0) * 0.45)
                guard TextMetrics.width(text, size: size) < (x1 - x0) * 0.92, size >= 6 else {
                    continue
                }
                var label = SVGElement.label(text, x: (x0 + x1) / 2, y: (y0 + y1) / 2, size: size)
                label.attributes["class"] = nil
                label.attributes["fill"] = colormap.luminance(t) > 0.5 ? "#111111" : "#ffffff"
                texts.append(label)
            }
        }
        return [SVGElement("g", ["shape-rendering": "crispEdges"], children: cells)] + texts
    }

    func rightMargin(fontSize: Double) -> Double {
        let labels = colorbarLabels()
        let widest = labels.map { TextMetrics.width($0.1, size: fontSize * 0.9) }.max() ?? 0
        return 14 + 12 + 6 + widest + 4
    }

    private func colorbarLabels() -> [(Double, String)] {
        let ticks = NiceTicks.linear(lower: lower, upper: upper, target: 5)
        return Array(zip(ticks, TickFormatter.linearLabels(ticks)))
    }

    func decorations(in frame: PlotFrame) -> [SVGElement] {
        let x = frame.rect.maxX + 14
        let top = frame.rect.y
        let height = frame.rect.height
        let steps = 48
        var strips: [SVGElement] = []
        for step in 0..<steps {
            let t = (Double(step) + 0.5) / Double(steps)
            let y = top + height * (1 - Double(step + 1) / Double(steps))
            var strip = SVGElement.rect(
                Rect(x: x, y: y, width: 12, height: height / Double(steps) + 0.3))
            strip.attributes["fill"] = colormap.hex(t)
            strips.append(strip)
        }
        var elements = [SVGElement("g", ["shape-rendering": "crispEdges"], children: strips)]
        for (value, text) in colorbarLabels() {
            let y = top + height * (1 - position(of: value))
            elements.append(.line(x1: x + 12, y1: y, x2: x + 15, y2: y, className: "hf-axis"))
            elements.append(
                .label(text, x: x + 18, y: y, size: frame.fontSize * 0.9, anchor: "start"))
        }
        return elements
    }
}
