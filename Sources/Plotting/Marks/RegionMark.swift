/// Decision regions: the class a classifier returns on a grid of cells, each class filled
/// with its palette colour at low opacity (so scatter points drawn on top stay visible).
///
/// The grid covers `xRange × yRange` with `columns × rows` cells; the classifier is evaluated
/// at cell centres when the mark is built. Neighbouring cells of one class in a row merge into
/// one rectangle, and each class is one `path` drawn with `shape-rendering="crispEdges"`:
/// anti-aliasing the shared edges of the rows would otherwise leave faint seams between them.
struct RegionMark: Mark {
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    /// `cells[row][column]`, row 0 at the bottom (lowest y).
    var cells: [[Int]]
    var opacity: Double

    var padding: AxisPadding { .tight }

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        let box = DataBounds(
            minX: xRange.lowerBound, maxX: xRange.upperBound,
            minY: yRange.lowerBound, maxY: yRange.upperBound)
        guard x.accepts(box.minX), y.accepts(box.minY) else { return nil }
        return box
    }

    var summary: String {
        let classes = Set(cells.joined()).sorted().map(String.init).joined(separator: ", ")
        return "decision regions of classes \(classes)"
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        let rows = cells.count
        guard rows > 0, let columns = cells.first?.count, columns > 0 else { return [] }
        let dx = (xRange.upperBound - xRange.lowerBound) / Double(columns)
        let dy = (yRange.upperBound - yRange.lowerBound) / Double(rows)
        var paths: [Int: PathData] = [:]
        for row in 0..<rows {
            guard let top = frame.y.position(yRange.lowerBound + Double(row + 1) * dy),
                let bottom = frame.y.position(yRange.lowerBound + Double(row) * dy)
            else { continue }
            var start = 0
            while start < columns {
                let value = cells[row][start]
                var end = start + 1
                while end < columns && cells[row][end] == value { end += 1 }
                if let left = frame.x.position(xRange.lowerBound + Double(start) * dx),
                    let right = frame.x.position(xRange.lowerBound + Double(end) * dx)
                {
                    paths[value, default: PathData()].rect(
                        x: left, y: top, width: right - left, height: bottom - top)
                }
                start = end
            }
        }
        return paths.keys.sorted().compactMap { key in
            guard let data = paths[key] else { return nil }
            return .path(
                data, className: Palette.fillClass(key),
                extra: [
                    "fill-opacity": SVGNumber.format(opacity), "shape-rendering": "crispEdges",
                ])
        }
    }
}
