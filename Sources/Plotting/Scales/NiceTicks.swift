import Foundation

/// "Nice" tick positions: steps of 1, 2 or 5 times a power of ten (linear axes) and whole
/// decades, optionally with 2× and 5× subdivisions (log axes).
public enum NiceTicks {
    /// The 1-2-5 step closest to `span / target`: with `raw = span / target` and
    /// `m = 10^⌊log₁₀ raw⌋`, the step is `m`, `2m`, `5m` or `10m` for `raw/m` below 1.5, 3, 7
    /// or above.
    public static func step(span: Double, target: Int) -> Double {
        let count = Double(max(target, 1))
        guard span.isFinite, span > 0 else { return 1 }
        let raw = span / count
        let magnitude = pow(10, floor(log10(raw)))
        let normalized = raw / magnitude
        let multiplier: Double
        if normalized < 1.5 {
            multiplier = 1
        } else if normalized < 3 {
            multiplier = 2
        } else if normalized < 7 {
            multiplier = 5
        } else {
            multiplier = 10
        }
        return multiplier * magnitude
    }

    /// Multiples of the nice step lying in `lower…upper` (for about `target` intervals), the
    /// step being at least `minimumStep` (1 for axes that count whole things, such as epochs).
    /// Example: `linear(lower: 0, upper: 1, target: 5)` is `[0, 0.2, 0.4, 0.6, 0.8, 1]`.
    public static func linear(
        lower: Double, upper: Double, target: Int, minimumStep: Double = 0
    ) -> [Double] {
        let low = min(lower, upper)
        let high = max(lower, upper)
        guard low.isFinite, high.isFinite, high > low else { return low.isFinite ? [low] : [] }
        let step = max(self.step(span: high - low, target: target), minimumStep)
        let first = (low / step - 1e-9).rounded(.up)
        let last = (high / step + 1e-9).rounded(.down)
        guard last >= first, last - first < 1_000 else { return [] }
        let decimals = max(0, Int(-floor(log10(step) + 1e-9)))
        let scale = pow(10, Double(min(decimals, 15)))
        var ticks: [Double] = []
        var k = first
        while k <= last {
            var value = k * step
            value = (value * scale).rounded() / scale
            ticks.append(value == 0 ? 0 : value)
            k += 1
        }
        return ticks
    }

    /// Log-axis ticks in `lower…upper` (both > 0): every decade when at most `target` decades
    /// are spanned, every k-th decade beyond that, and 2× and 5× subdivisions when the range
    /// covers fewer than three decades.
    public static func log(lower: Double, upper: Double, target: Int) -> [Double] {
        let low = min(lower, upper)
        let high = max(lower, upper)
        guard low > 0, high.isFinite, high >= low else { return [] }
        let first = Int(floor(log10(low) + 1e-9))
        let last = Int(ceil(log10(high) - 1e-9))
        let decades = max(last - first, 0)
        let every = max(1, Int((Double(decades) / Double(max(target, 1))).rounded(.up)))
        let multipliers: [Double] = decades < 3 ? [1, 2, 5] : [1]
        var ticks: [Double] = []
        var exponent = first
        while exponent <= last {
            if (exponent - first) % every == 0 {
                for multiplier in multipliers {
                    let value = multiplier * pow(10, Double(exponent))
                    if value >= low * (1 - 1e-9) && value <= high * (1 + 1e-9) {
                        ticks.append(value)
                    }
                }
            }
            exponent += 1
        }
        return ticks
    }
}
