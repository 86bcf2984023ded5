import Foundation

/// Chooses the data interval an axis shows.
///
/// Fixed limits win. Otherwise the data bounds are widened: linear axes by 5 % of the span on
/// each side (except below a zero baseline, and not at all for tight marks); log axes to whole
/// decades. A single value `v` becomes `v ± 0.5` (linear; `v ± 10 %` when |v| ≥ 5) or
/// `v/10 … v·10` (log). No data gives 0…1 (linear) or 1…10 (log).
enum AxisDomain {
    static func resolve(
        low: Double?, high: Double?, limits: ClosedRange<Double>?, kind: AxisScale,
        padding: AxisPadding
    ) -> (Double, Double) {
        if let limits, kind.accepts(limits.lowerBound), kind.accepts(limits.upperBound),
            limits.upperBound > limits.lowerBound
        {
            return (limits.lowerBound, limits.upperBound)
        }
        guard var lower = low, var upper = high, kind.accepts(lower), kind.accepts(upper) else {
            return kind == .log ? (1, 10) : (0, 1)
        }
        switch kind {
        case .log:
            if upper <= lower {
                lower /= 10
                upper *= 10
            }
            let first = floor(log10(lower) + 1e-9)
            let last = ceil(log10(upper) - 1e-9)
            return (pow(10, first), pow(10, max(last, first + 1)))
        case .linear:
            if upper <= lower {
                let half = abs(lower) >= 5 ? abs(lower) * 0.1 : 0.5
                return (lower - half, upper + half)
            }
            let margin = (upper - lower) * 0.05
            switch padding {
            case .tight:
                return (lower, upper)
            case .margins:
                return (lower - margin, upper + margin)
            case .zeroBaseline:
                return (lower == 0 ? 0 : lower - margin, upper == 0 ? 0 : upper + margin)
            }
        }
    }
}
