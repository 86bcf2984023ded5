/// A scan of a cell's source before parsing for runs of opening square brackets (`[[[[…`),
/// which SwiftParser takes time exponential in the run's length to parse: a cell with a run
/// longer than ``maximumRun`` is a syntax error at the first bracket past it, instead of a
/// parse that never ends, and the page shows such source without highlighting.
///
/// Brackets in comments and string literals do not count; whitespace between brackets does
/// not break a run.
public enum BracketChains {
    /// The longest run accepted (a rank-4 array literal needs four).
    public static let maximumRun = 12

    /// The 1-based line and UTF-8 column of the first `[` past ``maximumRun`` in a run, if any.
    public static func firstTooLong(in source: String) -> (line: Int, column: Int)? {
        let bytes = Array(source.utf8)
        var line = 1
        var lineStart = 0
        var run = 0
        var i = 0
        func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0 }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = i + 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "["):
                run += 1
                if run > maximumRun { return (line, i - lineStart + 1) }
            case UInt8(ascii: "/") where at(i + 1) == UInt8(ascii: "/"):
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            case UInt8(ascii: "/") where at(i + 1) == UInt8(ascii: "*"):
                i = skipBlockComment(bytes, from: i, line: &line, lineStart: &lineStart)
                continue
            case UInt8(ascii: "\""):
                i = skipString(bytes, from: i, line: &line, lineStart: &lineStart)
                run = 0
                continue
            default:
                run = 0
            }
            i += 1
        }
        return nil
    }

    /// The index after a (nested) block comment starting at `start`.
    static func skipBlockComment(
        _ bytes: [UInt8], from start: Int, line: inout Int, lineStart: inout Int
    ) -> Int {
        var depth = 0
        var i = start
        while i < bytes.count {
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if bytes[i] == UInt8(ascii: "/") && next == UInt8(ascii: "*") {
                depth += 1
                i += 2
            } else if bytes[i] == UInt8(ascii: "*") && next == UInt8(ascii: "/") {
                depth -= 1
                i += 2
                if depth == 0 { return i }
            } else {
                if bytes[i] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
        }
        return i
    }

    /// The index after a string literal (`"…"` or `"""…"""`) starting at `start`.
    static func skipString(
        _ bytes: [UInt8], from start: Int, line: inout Int, lineStart: inout Int
    ) -> Int {
        let quote = UInt8(ascii: "\"")
        let triple =
            start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
        var i = start + (triple ? 3 : 1)
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"):
                i += 2
                continue
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = i + 1
                if !triple { return i + 1 }
            case quote:
                if !triple { return i + 1 }
                if i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote {
                    return i + 3
                }
            default: break
            }
            i += 1
        }
        return i
    }
}
