/// A histogram: counts (or densities) of values in equal-width bins, drawn as filled bars
/// with an outline in the series colour.
struct HistogramMark: Mark {
    /// Bin edges, `counts.count + 1` values, increasing.
    var edges: [Double]
    /// Height of each bin (count, or density = count / (n · width)).
    var heights: [Double]
    var label: String?
    var slot: Int
    var opacity: Double
    var droppedCount: Int
    var total: Int

    var padding: AxisPadding { .zeroBaseline }

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        guard let first = edges.first, let last = edges.last, x.accepts(first) else { return nil }
        let top = heights.max() ?? 0
        if y == .log {
            let positive = heights.filter { $0 > 0 }
            guard let low = positive.min(), let high = positive.max() else { return nil }
            return DataBounds(minX: first, maxX: last, minY: low, maxY: high)
        }
        return DataBounds(minX: first, maxX: last, minY: 0, maxY: max(top, 0))
    }

    var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty else { return [] }
        return [LegendEntry(label: label, slot: slot, symbol: .patch(opacity: opacity))]
    }

    var summary: String {
        "histogram" + (label.map { " “\($0)”" } ?? "")
            + " of \(total) values in \(heights.count) bins"
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        var fill = PathData()
        var outline = PathData()
        let base = frame.y.position(frame.y.kind == .log ? frame.y.lower : max(frame.y.lower, 0))
        guard let baseline = base else { return [] }
        var open = false
        for (index, height) in heights.enumerated() {
            guard let left = frame.x.position(edges[index]),
                let right = frame.x.position(edges[index + 1]),
                let top = frame.y.position(height)
            else {
                open = false
                continue
            }
            fill.rect(x: left, y: top, width: right - left, height: baseline - top)
            if !open {
                outline.move(left, baseline)
                open = true
            }
            outline.line(left, top)
            outline.line(right, top)
            if index == heights.count - 1 { outline.line(right, baseline) }
        }
        return [
            .path(
                fill, className: Palette.fillClass(slot),
                extra: ["fill-opacity": SVGNumber.format(opacity)]),
            .path(
                outline, className: "hf-line " + Palette.strokeClass(slot),
                extra: ["stroke-width": "1.2"]),
        ]
    }

    func obstacles(in frame: PlotFrame) -> [Point] {
        var points: [Point] = []
        for (index, height) in heights.enumerated() where height > 0 {
            guard let left = frame.x.position(edges[index]),
                let right = frame.x.position(edges[index + 1]),
                let top = frame.y.position(height),
                let bottom = frame.y.position(max(frame.y.lower, 0))
            else { continue }
            var y = top
            while y <= bottom {
                points.append(Point(x: (left + right) / 2, y: y))
                y += 4
            }
        }
        return points
    }
}
