import Foundation

/// Readable tick labels: as few decimals as the step needs, a true minus sign (U+2212), and
/// powers of ten with superscripts (`2×10⁻⁵`) when plain decimals would be too long.
public enum TickFormatter {
    /// Labels for evenly spaced linear ticks. Every label of an axis uses the same number of
    /// decimals, chosen from the step between ticks.
    public static func linearLabels(_ ticks: [Double]) -> [String] {
        guard ticks.count > 1 else { return ticks.map { label($0, decimals: decimals(for: $0)) } }
        let step = abs(ticks[1] - ticks[0])
        let largest = ticks.map(abs).max() ?? 0
        if largest >= 1e6 || (largest < 1e-3 && largest > 0) {
            return ticks.map(scientific)
        }
        let places = step > 0 ? max(0, Int(-floor(log10(step) + 1e-9))) : 0
        return ticks.map { label($0, decimals: min(places, 6)) }
    }

    /// Labels for the ticks of one log axis: plain decimals when every tick lies between
    /// 0.001 and 10 000, otherwise powers of ten for all of them (`10⁻⁵ … 10¹`), so one axis
    /// never mixes notations.
    public static func logLabels(_ ticks: [Double]) -> [String] {
        if ticks.allSatisfy({ $0 >= 1e-3 && $0 <= 1e4 }) { return ticks.map(logLabel) }
        return ticks.map(scientific)
    }

    /// A label for a log-axis tick: decimals between 0.001 and 10 000, powers of ten outside.
    public static func logLabel(_ value: Double) -> String {
        if value >= 1e-3 && value <= 1e4 {
            let places = max(0, Int(-floor(log10(value) + 1e-9)))
            return label(value, decimals: places)
        }
        return scientific(value)
    }

    /// `value` with `decimals` decimals, trailing zeros kept, U+2212 for negatives.
    public static func label(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var text = String(format: "%.\(max(decimals, 0))f", value)
        if text.hasPrefix("-") {
            let digits = text.dropFirst()
            text = digits.allSatisfy { $0 == "0" || $0 == "." } ? String(digits) : "−" + digits
        }
        return text
    }

    /// `m×10ⁿ` (or `10ⁿ` when m = 1) with at most two significant digits in m.
    public static func scientific(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == 0 { return "0" }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = (value / pow(10, Double(exponent)) * 10).rounded() / 10
        if abs(mantissa) >= 10 {
            mantissa /= 10
            exponent += 1
        }
        let power = "10" + superscript(exponent)
        if mantissa == 1 { return power }
        if mantissa == -1 { return "−" + power }
        let places = mantissa == mantissa.rounded() ? 0 : 1
        return label(mantissa, decimals: places) + "×" + power
    }

    /// The exponent written with Unicode superscript digits and minus.
    static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = exponent < 0 ? "⁻" : ""
        for character in String(abs(exponent)) {
            if let digit = character.wholeNumberValue { text.append(digits[digit]) }
        }
        return text
    }

    private static func decimals(for value: Double) -> Int {
        guard value != 0, value.isFinite else { return 0 }
        let magnitude = Int(floor(log10(abs(value))))
        return magnitude >= 0 ? 0 : min(-magnitude, 6)
    }
}

extension TickFormatter {
    /// A compact label for a lone value: up to three significant decimals, or `m×10ⁿ` for
    /// very small or large magnitudes.
    public static func scientificIfNeeded(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6) { return scientific(value) }
        var text = label(value, decimals: 3)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
