/// Contour lines of a function sampled on a grid, drawn as thin neutral lines so that
/// trajectories and points drawn over them stand out.
struct ContourMark: Mark {
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    /// `values[j][i]` at x = lower + i·dx, y = lower + j·dy (nodes, not cells).
    var values: [[Double]]
    var levels: [Double]

    var padding: AxisPadding { .tight }
    /// Contour lines read as a grid of their own; a tick grid would compete with them.
    var hidesGrid: Bool { true }

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        guard x.accepts(xRange.lowerBound), y.accepts(yRange.lowerBound) else { return nil }
        return DataBounds(
            minX: xRange.lowerBound, maxX: xRange.upperBound,
            minY: yRange.lowerBound, maxY: yRange.upperBound)
    }

    var droppedCount: Int { values.joined().filter { !$0.isFinite }.count }

    var summary: String {
        let shown = levels.prefix(6).map { TickFormatter.scientificIfNeeded($0) }
        let more = levels.count > 6 ? ", …" : ""
        return "contour lines at \(levels.count) levels (\(shown.joined(separator: ", "))\(more))"
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        let squares = MarchingSquares(values: values)
        guard squares.columns > 1, squares.rows > 1 else { return [] }
        let dx = (xRange.upperBound - xRange.lowerBound) / Double(squares.columns - 1)
        let dy = (yRange.upperBound - yRange.lowerBound) / Double(squares.rows - 1)
        var data = PathData()
        for level in levels {
            for line in squares.lines(at: level) {
                var started = false
                for point in line {
                    guard let px = frame.x.position(xRange.lowerBound + point.x * dx),
                        let py = frame.y.position(yRange.lowerBound + point.y * dy)
                    else {
                        started = false
                        continue
                    }
                    if started { data.line(px, py) } else { data.move(px, py) }
                    started = true
                }
            }
        }
        guard !data.isEmpty else { return [] }
        return [.path(data, className: "hf-contour")]
    }
}
