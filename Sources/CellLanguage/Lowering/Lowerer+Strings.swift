import Diagnostics
import SwiftSyntax

extension Lowerer {
    // MARK: - Strings

    func lowerString(_ s: StringLiteralExprSyntax) -> [Expr.StringPart] {
        var parts: [Expr.StringPart] = []
        let multiline = s.openingQuote.tokenKind == .multilineStringQuote
        for segment in s.segments {
            switch segment {
            case .stringSegment(let seg):
                parts.append(.text(unescape(seg.content.text, multiline: multiline)))
            case .expressionSegment(let seg):
                if seg.expressions.count == 1, let only = seg.expressions.first, only.label == nil {
                    parts.append(.interpolation(lowerExpr(only.expression)))
                } else {
                    unsupported("this interpolation", seg)
                }
            }
        }
        return parts
    }

    func unescape(_ raw: String, multiline: Bool) -> String {
        var out = ""
        var iterator = raw.makeIterator()
        while let c = iterator.next() {
            guard c == "\\" else {
                out.append(c)
                continue
            }
            guard let next = iterator.next() else { break }
            switch next {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "\\": out.append("\\")
            case "\"": out.append("\"")
            case "'": out.append("'")
            case "\n" where multiline: break
            case "u":
                var hex = ""
                while let h = iterator.next(), h != "}" { if h != "{" { hex.append(h) } }
                if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                    out.unicodeScalars.append(scalar)
                }
            default: out.append(next)
            }
        }
        return out
    }
}
