/// A box in data coordinates, grown point by point.
struct DataBounds: Equatable {
    var minX: Double
    var maxX: Double
    var minY: Double
    var maxY: Double

    init(minX: Double, maxX: Double, minY: Double, maxY: Double) {
        self.minX = minX
        self.maxX = maxX
        self.minY = minY
        self.maxY = maxY
    }

    /// Bounds of the points whose coordinates are acceptable on the given axis kinds.
    init?(xs: [Double], ys: [Double], x: AxisScale, y: AxisScale) {
        var result: DataBounds?
        for index in 0..<min(xs.count, ys.count) {
            let px = xs[index]
            let py = ys[index]
            guard x.accepts(px), y.accepts(py) else { continue }
            if result == nil {
                result = DataBounds(minX: px, maxX: px, minY: py, maxY: py)
            } else {
                result?.include(px, py)
            }
        }
        guard let result else { return nil }
        self = result
    }

    /// Grows the box to hold (x, y).
    mutating func include(_ x: Double, _ y: Double) {
        minX = min(minX, x)
        maxX = max(maxX, x)
        minY = min(minY, y)
        maxY = max(maxY, y)
    }

    /// The smallest box holding both.
    func union(_ other: DataBounds) -> DataBounds {
        DataBounds(
            minX: min(minX, other.minX), maxX: max(maxX, other.maxX),
            minY: min(minY, other.minY), maxY: max(maxY, other.maxY))
    }
}
