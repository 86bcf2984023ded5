import Foundation

/// A grayscale image drawn as an embedded PNG (`data:` URI) scaled with nearest-neighbour
/// sampling (`image-rendering: pixelated`), so pixels stay crisp squares at any zoom.
///
/// Values map linearly from `lower…upper` to white…black (the "binary" map of matplotlib):
/// 0 is background, high values are ink. In a dark theme the page may invert the image with
/// `--fig-image-filter: invert(1)` (the default under `prefers-color-scheme: dark`).
struct ImageMark: Mark {
    var pixels: [Double]
    var width: Int
    var height: Int
    var lower: Double
    var upper: Double

    var padding: AxisPadding { .tight }
    var hidesGrid: Bool { true }
    var droppedCount: Int { pixels.filter { !$0.isFinite }.count }

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        guard x == .linear, y == .linear else { return nil }
        return DataBounds(minX: 0, maxX: Double(width), minY: 0, maxY: Double(height))
    }

    var summary: String { "grayscale image of \(width) × \(height) pixels" }

    /// Gray levels (0 = black, 255 = white), row-major, top row first.
    func grayBytes() -> [UInt8] {
        let span = upper - lower
        return pixels.map { value in
            guard value.isFinite else { return 255 }
            let t = span > 0 ? min(max((value - lower) / span, 0), 1) : 0
            return UInt8((255 * (1 - t)).rounded())
        }
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        guard let x0 = frame.x.position(0), let x1 = frame.x.position(Double(width)),
            let yTop = frame.y.position(Double(height)), let yBottom = frame.y.position(0)
        else { return [] }
        let png = PNGEncoder.grayscale(width: width, height: height, pixels: grayBytes())
        let uri = "data:image/png;base64," + Data(png).base64EncodedString()
        return [
            SVGElement(
                "image",
                [
                    "x": SVGNumber.format(x0), "y": SVGNumber.format(yTop),
                    "width": SVGNumber.format(x1 - x0), "height": SVGNumber.format(yBottom - yTop),
                    "href": uri, "preserveAspectRatio": "none", "class": "hf-image",
                ])
        ]
    }
}
