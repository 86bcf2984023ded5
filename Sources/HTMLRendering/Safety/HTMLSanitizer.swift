/// Makes a chapter's raw HTML (an `html_block` or `html_inline` node, already through
/// cmark-gfm's tag filter) safe to put on a page.
///
/// The node is read with the HTML tokenizer's rules for tags and attributes and written out
/// again, so every `<` on the page starts a tag built here:
/// - elements that run code, load other documents or swallow the page (``blockedElements``)
///   are shown as text;
/// - event-handler attributes (`on…`), `srcdoc`, `formaction`, URLs with a code-running
///   scheme (see ``URLSafety``) and styles that load or run anything are dropped;
/// - comments are dropped; doctypes, CDATA sections and a stray `<` are shown as text;
/// - attribute values are re-quoted with `"`, so a browser splits them exactly as here.
/// A node that cannot be read (a tag or comment left open) is escaped whole.
public enum HTMLSanitizer {
    /// Elements never written live (GFM's tag filter list, and the elements that embed,
    /// redirect, submit or animate attributes into URLs).
    public static let blockedElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
        "meta", "link", "title", "textarea", "xmp", "noembed", "noframes", "noscript",
        "plaintext", "template", "portal", "param", "form", "animate", "animatemotion",
        "animatetransform", "set", "handler", "listener",
    ]

    /// Attributes whose value is a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "xlink:href", "action", "background", "cite", "data", "poster",
        "lowsrc", "dynsrc", "codebase", "classid", "longdesc", "manifest", "ping", "profile",
        "usemap", "icon", "archive", "formaction",
    ]

    /// Attributes that are dropped whatever their value.
    static let blockedAttributes: Set<String> = ["srcdoc", "formaction", "http-equiv", "is"]

    /// The safe form of a raw HTML node.
    public static func sanitize(_ raw: String) -> String {
        sanitizeReporting(raw).html
    }

    /// The safe form of a raw HTML node, and what was changed to make it safe (`the <script>
    /// element`, `the 'onerror' attribute` …), for a warning to the author.
    public static func sanitizeReporting(_ raw: String) -> (html: String, changes: [String]) {
        if raw.hasPrefix("&lt;") {
            // cmark-gfm's tag filter already disarmed the element.
            let name = raw.dropFirst(4).prefix { $0.isLetter || $0.isNumber }.lowercased()
            var reader = Reader(bytes: Array(raw.utf8))
            guard let clean = reader.read() else { return (HTML.escape(raw), ["the HTML"]) }
            return (clean, ["the <\(name)> element"] + reader.changes)
        }
        var reader = Reader(bytes: Array(raw.utf8))
        guard let clean = reader.read() else {
            return (HTML.escape(raw), ["the unfinished HTML (shown as text)"])
        }
        return (clean, reader.changes)
    }

    /// Whether an attribute may stay on an element.
    static func keeps(attribute name: String, value: String?) -> Bool {
        let lower = name.lowercased()
        guard !lower.hasPrefix("on"), !blockedAttributes.contains(lower),
            lower.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) })
        else { return false }
        guard let value else { return true }
        if lower == "srcset" || lower == "imagesrcset" { return URLSafety.isSafeSourceSet(value) }
        if lower == "style" { return isSafeStyle(value) }
        if urlAttributes.contains(lower) || lower.hasSuffix(":href") {
            return URLSafety.isSafe(value, isImageSource: lower == "src")
        }
        // Any other attribute may still be read as a URL by some element (SVG's `values`,
        // `to`, `from` …): refuse the schemes that run code.
        let normalized = URLSafety.normalize(value)
        return !["javascript:", "vbscript:", "livescript:"].contains { normalized.hasPrefix($0) }
    }

    /// Whether an inline style loads or runs nothing.
    static func isSafeStyle(_ value: String) -> Bool {
        let normalized = URLSafety.normalize(value)
        return ![
            "url(", "expression(", "javascript:", "vbscript:", "@import", "behavior:",
            "-moz-binding", "\\",
        ].contains { normalized.contains($0) }
    }

    /// The tokenizer: reads tags, comments and text of one node and writes the safe form.
    struct Reader {
        let bytes: [UInt8]
        var i = 0
        var out: [UInt8] = []
        /// What was changed, for the author.
        var changes: [String] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The safe HTML, or nil when a tag or comment is left open.
        mutating func read() -> String? {
            out.reserveCapacity(bytes.count + 16)
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "<") {
                    guard readMarkup() else { return nil }
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        private func at(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }

        private static func isSpace(_ b: UInt8) -> Bool { b == 32 || (9...13).contains(b) }

        private static func isLetter(_ b: UInt8?) -> Bool {
            guard let b else { return false }
            return (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
        }

        /// Reads what starts at a `<`; false when it is left open.
        private mutating func readMarkup() -> Bool {
            let next = at(i + 1)
            if next == UInt8(ascii: "!"), at(i + 2) == UInt8(ascii: "-"),
                at(i + 3) == UInt8(ascii: "-")
            {
                return skipComment()
            }
            let isEnd = next == UInt8(ascii: "/")
            guard Self.isLetter(isEnd ? at(i + 2) : next) else {
                out += Array("&lt;".utf8)
                i += 1
                return true
            }
            let start = i
            i += isEnd ? 2 : 1
            let nameStart = i
            while let b = at(i), !Self.isSpace(b), b != UInt8(ascii: "/"), b != UInt8(ascii: ">") {
                i += 1
            }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
            guard let (attributes, selfClosing) = readAttributes() else { return false }
            let lower = name.lowercased()
            let validName = lower.allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")
            }
            if !validName || HTMLSanitizer.blockedElements.contains(lower) {
                out += Array(HTML.escape(String(decoding: bytes[start..<i], as: UTF8.self)).utf8)
                if !isEnd { changes.append("the <\(lower)> element") }
                return true
            }
            if isEnd {
                out += Array("</\(name)>".utf8)
                return true
            }
            var tag = "<" + name
            for (key, value) in attributes {
                guard HTMLSanitizer.keeps(attribute: key, value: value) else {
                    changes.append("the '\(key.lowercased())' attribute of <\(lower)>")
                    continue
                }
                tag += " " + key
                if let value {
                    tag +=
                        "=\""
                        + value.replacingOccurrences(of: "\"", with: "&quot;")
                        .replacingOccurrences(of: "<", with: "&lt;") + "\""
                }
            }
            out += Array((tag + (selfClosing ? " />" : ">")).utf8)
            return true
        }

        /// Attributes up to and including the tag's `>`; nil when the tag is left open.
        private mutating func readAttributes() -> (
            attributes: [(String, String?)], selfClosing: Bool
        )? {
            var attributes: [(String, String?)] = []
            while true {
                while let b = at(i), Self.isSpace(b) || b == UInt8(ascii: "/") {
                    if b == UInt8(ascii: "/"), at(i + 1) == UInt8(ascii: ">") {
                        i += 2
                        return (attributes, true)
                    }
                    i += 1
                }
                guard let b = at(i) else { return nil }
                if b == UInt8(ascii: ">") {
                    i += 1
                    return (attributes, false)
                }
                let nameStart = i
                i += 1  // a first `=` belongs to the name, as in browsers
                while let c = at(i), !Self.isSpace(c), c != UInt8(ascii: "/"),
                    c != UInt8(ascii: ">"),
                    c != UInt8(ascii: "=")
                {
                    i += 1
                }
                let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
                while let c = at(i), Self.isSpace(c) { i += 1 }
                guard at(i) == UInt8(ascii: "=") else {
                    attributes.append((name, nil))
                    continue
                }
                i += 1
                while let c = at(i), Self.isSpace(c) { i += 1 }
                guard let quote = at(i) else { return nil }
                let valueStart: Int
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    valueStart = i + 1
                    i += 1
                    while let c = at(i), c != quote { i += 1 }
                    guard at(i) != nil else { return nil }
                    attributes.append(
                        (name, String(decoding: bytes[valueStart..<i], as: UTF8.self)))
                    i += 1
                } else {
                    valueStart = i
                    while let c = at(i), !Self.isSpace(c), c != UInt8(ascii: ">") { i += 1 }
                    attributes.append(
                        (name, String(decoding: bytes[valueStart..<i], as: UTF8.self)))
                }
            }
        }

        /// Drops a comment (`<!--` … `-->` or `--!>`); false when it never ends.
        private mutating func skipComment() -> Bool {
            var k = i + 4
            if at(k) == UInt8(ascii: ">") {  // `<!-->`
                i = k + 1
                return true
            }
            if at(k) == UInt8(ascii: "-"), at(k + 1) == UInt8(ascii: ">") {  // `<!--->`
                i = k + 2
                return true
            }
            while k + 2 < bytes.count {
                if bytes[k] == UInt8(ascii: "-"), bytes[k + 1] == UInt8(ascii: "-") {
                    if bytes[k + 2] == UInt8(ascii: ">") {
                        i = k + 3
                        return true
                    }
                    if bytes[k + 2] == UInt8(ascii: "!"), at(k + 3) == UInt8(ascii: ">") {
                        i = k + 4
                        return true
                    }
                }
                k += 1
            }
            return false
        }
    }
}
