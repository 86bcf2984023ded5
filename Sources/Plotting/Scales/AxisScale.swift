/// How data values map to positions along an axis.
public enum AxisScale: String, CaseIterable, Sendable {
    /// Position proportional to the value.
    case linear
    /// Position proportional to log₁₀ of the value; values ≤ 0 are dropped from the plot.
    /// Limits are widened to whole decades so that every decade has a labelled tick.
    case log

    /// Whether `value` can be placed on an axis of this kind.
    func accepts(_ value: Double) -> Bool {
        switch self {
        case .linear: return value.isFinite
        case .log: return value.isFinite && value > 0
        }
    }
}
