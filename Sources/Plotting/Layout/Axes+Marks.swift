/// Adding marks. Every method validates its input and throws `PlotError` for mismatched
/// lengths or impossible arguments; NaN and infinite values are not errors: such points are
/// dropped when drawing (and counted in the figure's description).
extension Axes {
    /// Adds a line through (x[i], y[i]).
    ///
    /// - Parameters:
    ///   - label: legend text; nil leaves the series out of the legend.
    ///   - dash: dash pattern (default solid).
    ///   - marker: marker at the points (default none; thinned on dense series).
    ///   - color: palette slot 0–6; nil takes the next one.
    ///   - width: stroke width in viewBox units (default 1.8).
    public mutating func line(
        x: [Double], y: [Double], label: String? = nil, dash: LineDash = .solid,
        marker: MarkerShape = .none, color: Int? = nil, width: Double = 1.8
    ) throws {
        guard x.count == y.count else {
            throw PlotError.lengthMismatch(what: "y", expected: x.count, received: y.count)
        }
        guard width.isFinite, width > 0 else {
            throw PlotError.invalidArgument(name: "width", reason: "must be positive, got \(width)")
        }
        marks.append(
            LineMark(
                xs: x, ys: y, label: label, slot: takeSlot(color), dash: dash, marker: marker,
                width: width))
    }

    /// Adds the graph of `function` sampled at `samples` evenly spaced points of `range`
    /// (default 201, so the midpoint is sampled exactly).
    public mutating func function(
        _ function: (Double) -> Double, in range: ClosedRange<Double>, samples: Int = 201,
        label: String? = nil, dash: LineDash = .solid, color: Int? = nil, width: Double = 1.8
    ) throws {
        guard samples >= 2, samples <= 1_000_000 else {
            throw PlotError.invalidArgument(
                name: "samples", reason: "must be 2…1000000, got \(samples)")
        }
        guard range.lowerBound.isFinite, range.upperBound.isFinite else {
            throw PlotError.invalidArgument(name: "range", reason: "must be finite")
        }
        let step = (range.upperBound - range.lowerBound) / Double(samples - 1)
        let xs = (0..<samples).map { range.lowerBound + Double($0) * step }
        try line(x: xs, y: xs.map(function), label: label, dash: dash, color: color, width: width)
    }

    /// Adds points. With `classes`, point i is drawn in the colour and shape of class
    /// `classes[i]` and the legend lists `classNames[class]` (or "class k").
    public mutating func scatter(
        x: [Double], y: [Double], classes: [Int]? = nil, classNames: [String]? = nil,
        label: String? = nil, marker: MarkerShape = .circle, color: Int? = nil, size: Double = 3.2
    ) throws {
        guard x.count == y.count else {
            throw PlotError.lengthMismatch(what: "y", expected: x.count, received: y.count)
        }
        if let classes, classes.count != x.count {
            throw PlotError.lengthMismatch(
                what: "classes", expected: x.count, received: classes.count)
        }
        guard size.isFinite, size > 0 else {
            throw PlotError.invalidArgument(name: "size", reason: "must be positive, got \(size)")
        }
        let dropped = zip(x, y).filter { !$0.0.isFinite || !$0.1.isFinite }.count
        let slot = classes == nil ? takeSlot(color) : 0
        marks.append(
            ScatterMark(
                xs: x, ys: y, classes: classes, classNames: classNames, label: label, slot: slot,
                marker: marker == .none ? .circle : marker, radius: size, droppedCount: dropped))
    }
}
