/// Short, stable formatting of numbers for SVG attributes.
///
/// Values are rounded to `decimals` places (default 2, i.e. 1/100 of a viewBox unit) and
/// trailing zeros are removed: `12.50 → "12.5"`, `3.0 → "3"`, `-0.004 → "0"`. The function
/// never writes `nan` or `inf`; callers drop such points earlier, and a non-finite value that
/// slips through is written as `0` so the document stays valid. Magnitudes beyond 10⁹ are
/// pinned to ±10⁹ (such points lie far outside the clipped plot area).
enum SVGNumber {
    private static let powers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let places = min(max(decimals, 0), powers.count - 1)
        let scale = powers[places]
        let scaled = (value * scale).rounded()
        // Far-off coordinates (outside the clip area anyway) are pinned to ±10⁹.
        guard abs(scaled) < 9.0e15 else { return value > 0 ? "1000000000" : "-1000000000" }
        var integer = Int64(scaled)
        if integer == 0 { return "0" }
        let negative = integer < 0
        if negative { integer = -integer }
        let divisor = Int64(scale)
        let whole = integer / divisor
        var fraction = integer % divisor
        var result = negative ? "-" : ""
        result += String(whole)
        if fraction != 0 {
            var digits = places
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let text = String(fraction)
            result += "."
            result += String(repeating: "0", count: digits - text.count)
            result += text
        }
        return result
    }

    /// Appends a formatted number to `output` (the hot path of long paths).
    static func append(_ value: Double, to output: inout String) {
        output += format(value)
    }
}
