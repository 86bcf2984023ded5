/// Grids of grayscale images with labels (e.g. Fashion-MNIST samples).
extension Figure {
    /// One small panel per image, titled with its label, `columns` per row (default 5).
    /// `images[i]` is row-major with `width` pixels per row; values map from `range`
    /// (default 0…1, or 0…255 when a value exceeds 1) to white…black.
    public static func imageGrid(
        _ images: [[Double]], width: Int, labels: [String]? = nil, columns: Int = 5,
        range: ClosedRange<Double>? = nil, title: String? = nil
    ) throws -> Figure {
        guard !images.isEmpty else { throw PlotError.emptyInput(what: "images") }
        if let labels, labels.count != images.count {
            throw PlotError.lengthMismatch(
                what: "labels", expected: images.count, received: labels.count)
        }
        guard columns >= 1 else {
            throw PlotError.invalidArgument(
                name: "columns", reason: "must be at least 1, got \(columns)")
        }
        let shared = range ?? (images.joined().contains { $0 > 1 } ? 0...255 : 0...1)
        var panels: [Axes] = []
        for (index, pixels) in images.enumerated() {
            var axes = Axes(title: labels?[index])
            axes.showsAxes = false
            axes.legend = .hidden
            try axes.image(pixels, width: width, range: shared)
            panels.append(axes)
        }
        let used = min(columns, images.count)
        let rowCount = (images.count + used - 1) / used
        let height = Double(pixelsHigh(images[0], width: width)) / Double(max(width, 1))
        let cell = 100.0
        // Labels shrink (down to 6 units) so that the longest fits its cell without running
        // into its neighbours.
        let widest = labels?.max { TextMetrics.width($0, size: 1) < TextMetrics.width($1, size: 1) }
        let fontSize = widest.map {
            TextMetrics.fittingSize($0, preferred: 12, available: cell * 0.94, bold: true, minimum: 6)
        } ?? 12.0
        let labelBand = labels == nil ? 8.0 : fontSize * 2.1
        let imageHeight = pixelsHigh(images[0], width: width)
        var description =
            "Grid of \(images.count) grayscale images of \(width) × \(imageHeight) pixels"
        if let labels { description += " labelled " + labels.joined(separator: ", ") }
        return Figure(
            title: title, description: description + ".", columns: used, width: cell * Double(used),
            height: (cell * height + labelBand) * Double(rowCount)
                + (title == nil ? 0 : fontSize * 2.3),
            fontSize: fontSize, panels: panels)
    }

    private static func pixelsHigh(_ pixels: [Double], width: Int) -> Int {
        width > 0 ? pixels.count / width : 1
    }
}
