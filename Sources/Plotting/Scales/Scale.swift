import Foundation

/// A map from a data interval (`lower…upper`) to a viewBox interval (`start…end`).
///
/// Linear: `p = start + (v − lower) / (upper − lower) · (end − start)`.
/// Log: the same with log₁₀ of every value. `end` may be smaller than `start` (y axes).
struct Scale {
    let kind: AxisScale
    let lower: Double
    let upper: Double
    let start: Double
    let end: Double
    private let transformedLower: Double
    private let factor: Double

    init(kind: AxisScale, lower: Double, upper: Double, start: Double, end: Double) {
        self.kind = kind
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
        let a = Self.transform(lower, kind)
        let b = Self.transform(upper, kind)
        transformedLower = a
        factor = b != a ? (end - start) / (b - a) : 0
    }

    private static func transform(_ value: Double, _ kind: AxisScale) -> Double {
        kind == .log ? log10(value) : value
    }

    /// The viewBox position of `value`, or nil when the value cannot be placed (non-finite,
    /// or ≤ 0 on a log axis).
    func position(_ value: Double) -> Double? {
        guard kind.accepts(value) else { return nil }
        let p = start + (Self.transform(value, kind) - transformedLower) * factor
        return p.isFinite ? p : nil
    }

    /// The data value at a viewBox position (the inverse map).
    func value(at position: Double) -> Double {
        guard factor != 0 else { return lower }
        let t = transformedLower + (position - start) / factor
        return kind == .log ? pow(10, t) : t
    }

    /// Whether `value` lies inside the domain (with a small tolerance).
    func contains(_ value: Double) -> Bool {
        let span = abs(upper - lower)
        return value >= min(lower, upper) - span * 1e-9 && value <= max(lower, upper) + span * 1e-9
    }

    /// Tick values inside the domain for about `target` ticks (nice 1-2-5 steps, or decades
    /// for log scales); whole numbers only when `wholeNumbers` is set on a linear scale.
    func ticks(target: Int, wholeNumbers: Bool = false) -> [Double] {
        switch kind {
        case .linear:
            return NiceTicks.linear(
                lower: lower, upper: upper, target: target, minimumStep: wholeNumbers ? 1 : 0)
        case .log: return NiceTicks.log(lower: lower, upper: upper, target: target)
        }
    }

    /// Labels for `ticks`, formatted consistently for the whole axis.
    func labels(for ticks: [Double]) -> [String] {
        switch kind {
        case .linear: return TickFormatter.linearLabels(ticks)
        case .log: return TickFormatter.logLabels(ticks)
        }
    }
}
