/// The shape drawn at data points of a line or scatter mark.
///
/// Scatter classes cycle through `circle, square, triangle, diamond, triangleDown, plus, cross`
/// so that classes differ by shape as well as by colour (readable in grayscale and by readers
/// with colour-vision deficiencies).
public enum MarkerShape: String, CaseIterable, Sendable {
    /// No marker.
    case none
    /// A filled disc.
    case circle
    /// A filled square.
    case square
    /// A filled triangle pointing up.
    case triangle
    /// A filled diamond (a square on its corner, narrowed).
    case diamond
    /// A filled triangle pointing down.
    case triangleDown
    /// A "+" drawn with strokes.
    case plus
    /// An "×" drawn with strokes.
    case cross

    /// The shape used for class number `index` (cycling).
    static func forClass(_ index: Int) -> MarkerShape {
        let shapes: [MarkerShape] = [
            .circle, .square, .triangle, .diamond, .triangleDown, .plus, .cross,
        ]
        let wrapped = ((index % shapes.count) + shapes.count) % shapes.count
        return shapes[wrapped]
    }

    /// Whether the shape is drawn as strokes only (no fill).
    var isStroked: Bool { self == .plus || self == .cross }
}
