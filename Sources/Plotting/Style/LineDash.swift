/// The dash pattern of a line. Patterns scale with the line width.
public enum LineDash: String, CaseIterable, Sendable {
    /// A continuous line.
    case solid
    /// Long dashes (`6 3` times the width).
    case dashed
    /// Dots (`1 2.5` times the width, round caps).
    case dotted
    /// Alternating dash and dot.
    case dashDot

    /// The `stroke-dasharray` value for a line of width `width`, or nil for solid lines.
    func dashArray(width: Double) -> String? {
        let pattern: [Double]
        switch self {
        case .solid: return nil
        case .dashed: pattern = [5, 2.5]
        case .dotted: pattern = [0.1, 2.4]
        case .dashDot: pattern = [5, 2, 0.1, 2]
        }
        return pattern.map { SVGNumber.format($0 * width) }.joined(separator: " ")
    }
}
