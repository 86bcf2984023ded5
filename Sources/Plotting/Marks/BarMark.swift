import Foundation

/// Bars over named categories. Several bar marks in one panel are drawn side by side
/// (grouped); the group position is assigned by the panel.
struct BarMark: Mark {
    var categories: [String]
    var values: [Double]
    var label: String?
    var slot: Int
    var showsValues: Bool
    var groupIndex = 0
    var groupCount = 1
    var droppedCount: Int

    var padding: AxisPadding { .zeroBaseline }
    var xCategories: [String]? { categories }

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        let finite = values.filter { y.accepts($0) }
        guard let low = finite.min(), let high = finite.max() else { return nil }
        let baseY = y == .log ? low : min(low, 0)
        var maxY = y == .log ? high : max(high, 0)
        var lowY = baseY
        if showsValues && y == .linear {
            // Head room for the value labels.
            let span = max(maxY - baseY, 1e-12)
            if maxY > 0 { maxY += span * 0.1 }
            if lowY < 0 { lowY -= span * 0.1 }
        }
        let minY = lowY
        return DataBounds(minX: -0.5, maxX: Double(categories.count) - 0.5, minY: minY, maxY: maxY)
    }

    var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty else { return [] }
        return [LegendEntry(label: label, slot: slot, symbol: .patch(opacity: 0.85))]
    }

    var summary: String {
        let pairs = zip(categories, values).prefix(8).map {
            "\($0.0) \(TickFormatter.scientificIfNeeded($0.1))"
        }
        let more = categories.count > 8 ? ", …" : ""
        return "bars" + (label.map { " “\($0)”" } ?? "") + ": " + pairs.joined(separator: ", ")
            + more
    }

    /// Left edge and width of bar `index` in data units.
    private func span(_ index: Int) -> (Double, Double) {
        let total = 0.8
        let width = total / Double(max(groupCount, 1))
        return (Double(index) - total / 2 + Double(groupIndex) * width, width)
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        var data = PathData()
        var texts: [SVGElement] = []
        let zero = frame.y.kind == .log ? frame.y.lower : 0
        guard let base = frame.y.position(zero) else { return [] }
        for (index, value) in values.enumerated() where index < categories.count {
            let (left, width) = span(index)
            guard let x0 = frame.x.position(left), let x1 = frame.x.position(left + width),
                let top = frame.y.position(value)
            else { continue }
            let inset = min(0.6, (x1 - x0) * 0.05)
            data.rect(
                x: x0 + inset, y: min(top, base), width: x1 - x0 - 2 * inset,
                height: abs(base - top))
            if showsValues {
                let size = frame.fontSize * 0.8
                let y = value >= zero ? top - size * 0.7 : top + size * 0.7
                texts.append(
                    .label(
                        TickFormatter.label(value, decimals: valueDecimals), x: (x0 + x1) / 2, y: y,
                        size: size))
            }
        }
        var elements: [SVGElement] = [
            .path(data, className: Palette.fillClass(slot), extra: ["fill-opacity": "0.85"])
        ]
        elements.append(contentsOf: texts)
        return elements
    }

    /// Decimals for value labels: enough for the most precise value, at most 3, and no more
    /// than three significant digits of the largest value give (67.476 and 41.122 read 67.5
    /// and 41.1, as a table of the same results would print them).
    private var valueDecimals: Int {
        let finite = values.filter(\.isFinite)
        let largest = finite.map(abs).max() ?? 0
        let significant =
            largest > 0 ? max(0, 2 - Int(floor(log10(largest)))) : 3
        return min(exactDecimals(finite), significant)
    }

    /// Decimals that print every value exactly, at most 3.
    private func exactDecimals(_ finite: [Double]) -> Int {
        finite.map { value -> Int in
            for places in 0...3
            where abs(value * pow(10, Double(places)) - (value * pow(10, Double(places))).rounded())
                < 1e-6
            {
                return places
            }
            return 3
        }.max() ?? 0
    }

    func obstacles(in frame: PlotFrame) -> [Point] {
        var points: [Point] = []
        let zero = frame.y.kind == .log ? frame.y.lower : 0
        for (index, value) in values.enumerated() where index < categories.count {
            let (left, width) = span(index)
            guard let x0 = frame.x.position(left), let x1 = frame.x.position(left + width),
                let top = frame.y.position(value), let base = frame.y.position(zero)
            else { continue }
            var y = min(top, base) - (showsValues ? frame.fontSize * 1.2 : 0)
            while y <= max(top, base) {
                var x = x0
                while x <= x1 {
                    points.append(Point(x: x, y: y))
                    x += 4
                }
                y += 4
            }
        }
        return points
    }
}
