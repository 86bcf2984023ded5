import Diagnostics
import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Highlights Swift source with SwiftIDEUtils' classifications: each classified range becomes a
/// `<span class="tok-KIND">`, everything escaped. Invalid code is still classified token by token.
public enum SwiftHighlighter {
    /// Source with a run of `[` that SwiftParser would take exponential time over
    /// (``BracketChains``) is shown escaped but not highlighted.
    public static func highlight(_ source: String) -> String {
        if BracketChains.firstTooLong(in: source) != nil { return HTML.escape(source) }
        let tree = Parser.parse(source: source)
        let bytes = Array(source.utf8)
        var out = ""
        var position = 0
        for range in tree.classifications {
            let start = range.offset, end = min(range.endOffset, bytes.count)
            guard start >= position, start < end else { continue }
            if start > position {
                out += HTML.escape(String(decoding: bytes[position..<start], as: UTF8.self))
            }
            let text = HTML.escape(String(decoding: bytes[start..<end], as: UTF8.self))
            if let cls = className(range.kind) {
                out += "<span class=\"tok-\(cls)\">\(text)</span>"
            } else {
                out += text
            }
            position = end
        }
        if position < bytes.count {
            out += HTML.escape(String(decoding: bytes[position...], as: UTF8.self))
        }
        return out
    }

    static func className(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: return "keyword"
        case .type: return "type"
        case .integerLiteral, .floatLiteral: return "number"
        case .stringLiteral, .regexLiteral: return "string"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: return "comment"
        case .attribute, .ifConfigDirective: return "attribute"
        case .argumentLabel: return "label"
        case .operator: return "operator"
        case .dollarIdentifier: return "identifier"
        default: return nil
        }
    }
}
