/// PNG export. There is no font or vector rasterizer in this module, so PNG export supports
/// raster content only: figures whose every panel holds only images (image grids). The
/// images are tiled in the figure's columns with a 2-pixel white gap and enlarged by `scale`
/// with nearest-neighbour sampling; titles and labels are not drawn. For other figures, render
/// the SVG with a browser (see `scripts/screenshot-figures`).
extension Figure {
    /// PNG bytes of an image-grid figure, enlarged `scale` times (1…32).
    public func pngData(scale: Int = 4) throws -> [UInt8] {
        guard scale >= 1, scale <= 32 else {
            throw PlotError.invalidArgument(name: "scale", reason: "must be 1…32, got \(scale)")
        }
        var images: [ImageMark] = []
        for panel in panels {
            let marks = panel.marks.compactMap { $0 as? ImageMark }
            guard marks.count == 1, panel.marks.count == 1, let image = marks.first else {
                throw PlotError.unsupportedExport(
                    reason: "PNG export needs one image per panel (an image grid); "
                        + "write SVG with write(to:) for other figures")
            }
            images.append(image)
        }
        guard !images.isEmpty else { throw PlotError.emptyInput(what: "figure panels") }
        let gap = 2
        let tileWidth = images.map(\.width).max() ?? 1
        let tileHeight = images.map(\.height).max() ?? 1
        let columns = resolvedColumns
        let width = columns * tileWidth + (columns - 1) * gap
        let height = rows * tileHeight + (rows - 1) * gap
        var canvas = [UInt8](repeating: 255, count: width * height)
        for (index, image) in images.enumerated() {
            let left = (index % columns) * (tileWidth + gap)
            let top = (index / columns) * (tileHeight + gap)
            let gray = image.grayBytes()
            for row in 0..<image.height {
                for column in 0..<image.width {
                    canvas[(top + row) * width + left + column] = gray[row * image.width + column]
                }
            }
        }
        var scaled = [UInt8](repeating: 255, count: width * height * scale * scale)
        for row in 0..<(height * scale) {
            for column in 0..<(width * scale) {
                scaled[row * width * scale + column] =
                    canvas[(row / scale) * width + column / scale]
            }
        }
        return PNGEncoder.grayscale(width: width * scale, height: height * scale, pixels: scaled)
    }
}
