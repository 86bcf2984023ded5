/// Adding histograms, bars, heatmaps and images.
extension Axes {
    /// Adds a histogram of `values` in `bins` equal bins over `range` (default: the finite
    /// values' extent; bins default to √n clamped to 10…60). With `density`, bar heights are
    /// `count / (n · binWidth)` so the area is 1.
    public mutating func histogram(
        _ values: [Double], bins: Int? = nil, range: ClosedRange<Double>? = nil,
        density: Bool = false, label: String? = nil, color: Int? = nil, opacity: Double = 0.45
    ) throws {
        let finite = values.filter { $0.isFinite }
        let binCount = bins ?? min(max(Int(Double(finite.count).squareRoot()), 10), 60)
        guard binCount >= 1, binCount <= 10_000 else {
            throw PlotError.invalidArgument(
                name: "bins", reason: "must be 1…10000, got \(binCount)")
        }
        var low = range?.lowerBound ?? finite.min() ?? 0
        var high = range?.upperBound ?? finite.max() ?? 1
        guard low.isFinite, high.isFinite else {
            throw PlotError.invalidArgument(name: "range", reason: "must be finite")
        }
        if high <= low {
            low -= 0.5
            high += 0.5
        }
        let width = (high - low) / Double(binCount)
        guard width.isFinite, width > 0 else {
            throw PlotError.invalidArgument(
                name: "range", reason: "bins of \(low)…\(high) have no width")
        }
        var counts = [Double](repeating: 0, count: binCount)
        var inside = 0
        for value in finite where value >= low && value <= high {
            counts[min(Int((value - low) / width), binCount - 1)] += 1
            inside += 1
        }
        if density && inside > 0 {
            counts = counts.map { $0 / (Double(inside) * width) }
        }
        let edges = (0...binCount).map { low + Double($0) * width }
        marks.append(
            HistogramMark(
                edges: edges, heights: counts, label: label, slot: takeSlot(color),
                opacity: opacity, droppedCount: values.count - finite.count, total: finite.count))
    }

    /// Adds one bar per category. Several `bars` calls in a panel are grouped side by side;
    /// they must use the same categories. `showValues` writes each value above its bar.
    public mutating func bars(
        categories: [String], values: [Double], label: String? = nil, color: Int? = nil,
        showValues: Bool = false
    ) throws {
        guard categories.count == values.count else {
            throw PlotError.lengthMismatch(
                what: "values", expected: categories.count, received: values.count)
        }
        guard !categories.isEmpty else { throw PlotError.emptyInput(what: "categories") }
        marks.append(
            BarMark(
                categories: categories, values: values, label: label, slot: takeSlot(color),
                showsValues: showValues, droppedCount: values.filter { !$0.isFinite }.count))
    }

    /// Adds a heatmap of `values` (`values[row][column]`, row 0 drawn at the top). Colours
    /// span `range` (default: the finite values' extent). Cell values are written in the cells
    /// when `showValues` is true (default: when there are at most 144 cells).
    public mutating func heatmap(
        _ values: [[Double]], rowLabels: [String]? = nil, columnLabels: [String]? = nil,
        colormap: Colormap = .viridis, range: ClosedRange<Double>? = nil, showValues: Bool? = nil
    ) throws {
        guard let columns = values.first?.count, columns > 0 else {
            throw PlotError.emptyInput(what: "heatmap values")
        }
        for row in values where row.count != columns {
            throw PlotError.lengthMismatch(
                what: "every heatmap row", expected: columns, received: row.count)
        }
        let rows = rowLabels ?? (0..<values.count).map(String.init)
        let cols = columnLabels ?? (0..<columns).map(String.init)
        guard rows.count == values.count else {
            throw PlotError.lengthMismatch(
                what: "rowLabels", expected: values.count, received: rows.count)
        }
        guard cols.count == columns else {
            throw PlotError.lengthMismatch(
                what: "columnLabels", expected: columns, received: cols.count)
        }
        let finite = values.joined().filter { $0.isFinite }
        marks.append(
            HeatmapMark(
                values: values, rowLabels: rows, columnLabels: cols, colormap: colormap,
                lower: range?.lowerBound ?? finite.min() ?? 0,
                upper: range?.upperBound ?? finite.max() ?? 1,
                showsValues: showValues ?? (values.count * columns <= 144)))
        showsGrid = false
    }

    /// Adds a grayscale image of `pixels` (row-major, top row first, `width` per row).
    /// Values map from `range` (default 0…1, or 0…255 when any value exceeds 1) to
    /// white…black. Turns on `equalAspect`.
    public mutating func image(
        _ pixels: [Double], width: Int, range: ClosedRange<Double>? = nil
    ) throws {
        guard width > 0, !pixels.isEmpty else { throw PlotError.emptyInput(what: "image pixels") }
        guard pixels.count % width == 0 else {
            throw PlotError.invalidArgument(
                name: "width",
                reason: "\(pixels.count) pixels do not form rows of \(width)")
        }
        let upper = range?.upperBound ?? ((pixels.max() ?? 1) > 1 ? 255 : 1)
        marks.append(
            ImageMark(
                pixels: pixels, width: width, height: pixels.count / width,
                lower: range?.lowerBound ?? 0, upper: upper))
        equalAspect = true
        showsGrid = false
    }
}
