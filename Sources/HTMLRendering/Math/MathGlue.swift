import Foundation

/// Keeps inline math together with the punctuation that touches it.
///
/// A browser may break a line between an opening parenthesis and the `<math>` after it, or
/// between the math and the comma that follows, which leaves "(" alone at the end of a line
/// on a phone. TeX never does that. Brackets written directly before inline math and
/// punctuation written directly after it go into one `<span class="nobr">` with the math.
enum MathGlue {
    private static let pattern = try! NSRegularExpression(
        pattern: #"([(\[]+)?(<math><semantics>(?:(?!</math>).)*</math>)([)\].,;:!?]+)?"#,
        options: [.dotMatchesLineSeparators])

    /// `html` with each inline `<math>` that touches punctuation wrapped with it.
    static func glue(_ html: String) -> String {
        guard html.contains("<math><semantics>") else { return html }
        let source = html as NSString
        var result = ""
        var last = 0
        for match in pattern.matches(in: html, range: NSRange(location: 0, length: source.length)) {
            let before = match.range(at: 1)
            let after = match.range(at: 3)
            guard before.location != NSNotFound || after.location != NSNotFound else { continue }
            result += source.substring(
                with: NSRange(location: last, length: match.range.location - last))
            result += "<span class=\"nobr\">" + source.substring(with: match.range) + "</span>"
            last = match.range.location + match.range.length
        }
        result += source.substring(from: last)
        return result
    }
}
