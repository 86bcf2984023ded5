/// Estimates the rendered width of text without a font engine.
///
/// Widths are per-character advances (in em) of DejaVu Sans, the widest common fallback
/// sans-serif on Linux: digits 0.64, narrow glyphs (`i l . , : ; ' | ! j t f I` and space)
/// 0.34, wide glyphs (`m w M W % @`) 0.95, other capitals 0.72, other characters 0.62.
/// Narrower fonts (system-ui on macOS and Windows) only leave more room, so labels that fit
/// by the estimate fit on screen.
enum TextMetrics {
    static func width(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for character in text {
            switch character {
            case "i", "l", ".", ",", ":", ";", "'", "|", "!", "1", "j", "t", "f", "I", " ":
                ems += 0.34
            case "m", "w", "M", "W", "%", "@":
                ems += 0.95
            case "0"..."9":
                ems += 0.64
            case "A"..."Z":
                ems += 0.72
            case "−", "-", "–":
                ems += 0.84
            default:
                ems += 0.62
            }
        }
        return ems * size
    }

    /// The largest size, at most `preferred` and at least `minimum`, at which `text` fits in
    /// `available` units. Bold text is estimated 8% wider.
    static func fittingSize(
        _ text: String, preferred: Double, available: Double, bold: Bool = false,
        minimum: Double = 0
    ) -> Double {
        let unit = width(text, size: 1) * (bold ? 1.08 : 1)
        guard unit > 0, available > 0 else { return preferred }
        return max(min(preferred, available / unit), min(minimum, preferred))
    }
}
