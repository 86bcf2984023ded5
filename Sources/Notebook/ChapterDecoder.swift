import Diagnostics
import Foundation

/// Turns the bytes of a chapter file into its text, or into a located error when they are not
/// UTF-8 text: the line and column (in bytes) of the first invalid byte, or of a NUL byte.
///
/// A UTF-8 byte-order mark at the start is dropped; CRLF and lone CR line breaks become LF, so a
/// chapter saved on Windows runs, compares and reports columns exactly like the same chapter
/// with LF line breaks.
public enum ChapterDecoder {
    /// A chapter whose bytes are not text.
    public struct Unreadable: Error, CustomStringConvertible, Sendable {
        /// The error, at the first bad byte.
        public var diagnostic: Diagnostic
        /// The file decoded as well as can be (bad bytes as U+FFFD), to show the line.
        public var text: String

        public var description: String { diagnostic.description }
    }

    /// The chapter's text with LF line breaks and no byte-order mark.
    public static func decode(_ data: Data, file: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        bytes = normalizingLineBreaks(bytes)
        if let problem = firstProblem(in: bytes) {
            var line = 1
            var lineStart = 0
            for k in 0..<problem.offset where bytes[k] == 10 {
                line += 1
                lineStart = k + 1
            }
            let at = SourceLocation(file: file, line: line, column: problem.offset - lineStart + 1)
            throw Unreadable(
                diagnostic: Diagnostic(.error, problem.message, at: SourceRange(at)),
                text: String(decoding: bytes, as: UTF8.self))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `bytes` with every CRLF and lone CR turned into LF.
    public static func normalizingLineBreaks(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(13) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var k = 0
        while k < bytes.count {
            if bytes[k] == 13 {
                out.append(10)
                if k + 1 < bytes.count && bytes[k + 1] == 10 { k += 1 }
            } else {
                out.append(bytes[k])
            }
            k += 1
        }
        return out
    }

    /// The offset and description of the first byte that makes `bytes` not UTF-8 text.
    static func firstProblem(in bytes: [UInt8]) -> (offset: Int, message: String)? {
        let suffix = "; save the chapter as UTF-8 text"
        func hex(_ b: UInt8) -> String {
            "0x" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
        }
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b == 0 {
                return (k, "the chapter contains a NUL byte (is it a binary file?)")
            }
            if b < 0x80 {
                k += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(b & 0x1F))
            case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(b & 0x0F))
            case 0xF0...0xF4: (length, minimum, value) = (4, 0x1_0000, UInt32(b & 0x07))
            case 0x80...0xBF:
                return (k, "invalid UTF-8: unexpected continuation byte \(hex(b))" + suffix)
            case 0xC0, 0xC1:
                return (k, "invalid UTF-8: overlong encoding starting with \(hex(b))" + suffix)
            default:
                return (k, "invalid UTF-8: byte \(hex(b)) never appears in UTF-8" + suffix)
            }
            for j in 1..<length {
                guard k + j < bytes.count, bytes[k + j] & 0xC0 == 0x80 else {
                    return (
                        k,
                        "invalid UTF-8: truncated \(length)-byte sequence starting with "
                            + "\(hex(b))" + suffix
                    )
                }
                value = value << 6 | UInt32(bytes[k + j] & 0x3F)
            }
            if value < minimum {
                return (k, "invalid UTF-8: overlong encoding starting with \(hex(b))" + suffix)
            }
            if (0xD800...0xDFFF).contains(value) || value > 0x10_FFFF {
                return (
                    k,
                    "invalid UTF-8: \(hex(b)) starts an encoded surrogate or a value past "
                        + "U+10FFFF" + suffix
                )
            }
            k += length
        }
        return nil
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
