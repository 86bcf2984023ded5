/// A bound on how deeply arrays and objects nest in JSON read from files, checked in one linear
/// scan before parsing, so a hostile file of 100,000 nested `[` is an error at a byte offset
/// instead of a parser's deep recursion.
enum JSONNesting {
    /// The deepest nesting accepted (Keras configurations nest a few levels).
    static let maximumDepth = 256

    /// The 0-based byte offset of the first bracket past `maximumDepth` levels, or nil when the
    /// text nests no deeper (brackets inside strings do not count).
    static func offsetTooDeep<Bytes: Collection>(in bytes: Bytes, maximumDepth: Int = maximumDepth)
        -> Int? where Bytes.Element == UInt8
    {
        var depth = 0
        var inString = false
        var escaped = false
        var offset = 0
        for byte in bytes {
            defer { offset += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth { return offset }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return nil
    }

    /// Why the text is refused, for messages: `nested more than 256 levels deep (at byte 256)`.
    static func reason(offset: Int) -> String {
        "nested more than \(maximumDepth) levels deep (at byte \(offset))"
    }
}
