/// Decides whether a URL from a chapter (a Markdown link or image, or an attribute of raw HTML)
/// may appear on a page.
///
/// A URL is refused when its scheme, read the way a browser reads it (character references
/// decoded, tabs, newlines, spaces and control characters removed, letters lowered), is
/// `javascript:`, `vbscript:`, `livescript:` or `data:` — except `data:image/…` where the
/// URL is the source of an image (`src`), which runs no script. A scheme that still holds an
/// undecoded character reference is refused too.
public enum URLSafety {
    /// Schemes that run code when followed.
    static let blockedSchemes: Set<String> = ["javascript", "vbscript", "livescript", "data"]

    /// Whether `url` may be put on a page; `isImageSource` allows `data:image/…`.
    public static func isSafe(_ url: String, isImageSource: Bool = false) -> Bool {
        let normalized = normalize(url)
        guard let colon = normalized.firstIndex(of: ":") else { return true }
        let scheme = normalized[..<colon]
        // A `/`, `?` or `#` before the colon makes it a relative URL's path, query or fragment.
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        if scheme.contains("&") { return false }
        if scheme == "data" {
            return isImageSource && normalized.hasPrefix("data:image/")
        }
        return !blockedSchemes.contains(String(scheme))
    }

    /// Whether every candidate URL of a `srcset` value (comma-separated `URL [descriptor]`
    /// entries) is safe.
    public static func isSafeSourceSet(_ value: String) -> Bool {
        value.split(separator: ",").allSatisfy { candidate in
            let url =
                candidate.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                .first.map(String.init) ?? ""
            return isSafe(url, isImageSource: true)
        }
    }

    /// The URL as a browser sees its scheme: references decoded, every ASCII space and control
    /// character removed, ASCII letters lowered.
    static func normalize(_ url: String) -> String {
        var out = ""
        for scalar in CharacterReferences.decode(url).unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F { continue }
            if scalar.value >= 65 && scalar.value <= 90 {
                out.unicodeScalars.append(Unicode.Scalar(scalar.value | 0x20)!)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
