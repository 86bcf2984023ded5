/// Adding marks computed from functions of two variables on a grid: decision regions and
/// contour lines. The closures are evaluated immediately and not stored.
extension Axes {
    /// Fills the plane `x × y` with the class `classify(x, y)` returns, evaluated at the
    /// centres of a `resolution × resolution` grid (default 150). Class k uses palette slot k
    /// at `opacity` (default 0.22), matching `scatter(classes:)` colours.
    public mutating func decisionRegions(
        x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 150,
        opacity: Double = 0.22, classify: (Double, Double) -> Int
    ) throws {
        try Self.checkGrid(x: x, y: y, resolution: resolution)
        let dx = (x.upperBound - x.lowerBound) / Double(resolution)
        let dy = (y.upperBound - y.lowerBound) / Double(resolution)
        let cells = (0..<resolution).map { row in
            (0..<resolution).map { column in
                classify(
                    x.lowerBound + (Double(column) + 0.5) * dx,
                    y.lowerBound + (Double(row) + 0.5) * dy)
            }
        }
        marks.append(RegionMark(xRange: x, yRange: y, cells: cells, opacity: opacity))
    }

    /// Draws contour lines of `function` over `x × y`, sampled on a grid of
    /// `(resolution + 1)²` nodes (default resolution 120), at `levels`.
    public mutating func contour(
        x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 120,
        levels: ContourLevels = .automatic(10), _ function: (Double, Double) -> Double
    ) throws {
        try Self.checkGrid(x: x, y: y, resolution: resolution)
        let dx = (x.upperBound - x.lowerBound) / Double(resolution)
        let dy = (y.upperBound - y.lowerBound) / Double(resolution)
        let values = (0...resolution).map { j in
            (0...resolution).map { i in
                function(x.lowerBound + Double(i) * dx, y.lowerBound + Double(j) * dy)
            }
        }
        let finite = values.joined().filter { $0.isFinite }
        let resolved = levels.resolve(low: finite.min() ?? 0, high: finite.max() ?? 0)
        marks.append(ContourMark(xRange: x, yRange: y, values: values, levels: resolved))
    }

    static func checkGrid(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int) throws {
        guard resolution >= 2, resolution <= 2_000 else {
            throw PlotError.invalidArgument(
                name: "resolution", reason: "must be 2…2000, got \(resolution)")
        }
        for (name, range) in [("x", x), ("y", y)] {
            guard range.lowerBound.isFinite, range.upperBound.isFinite,
                range.upperBound > range.lowerBound
            else {
                throw PlotError.invalidArgument(
                    name: name, reason: "range must be finite and non-empty, got \(range)")
            }
        }
    }
}
