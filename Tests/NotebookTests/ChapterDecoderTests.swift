import Diagnostics
import Foundation
import Testing

@testable import Notebook

@Suite struct ChapterDecoderTests {
    static func problem(_ bytes: [UInt8]) -> String? {
        do {
            _ = try ChapterDecoder.decode(Data(bytes), file: "c.md")
            return nil
        } catch let bad as ChapterDecoder.Unreadable {
            return bad.description
        } catch {
            return "\(error)"
        }
    }

    static let badBytes: [([UInt8], String)] = [
        (
            Array("ok\nab".utf8) + [0xE2, 0x82, 0x41],
            "c.md:2:3: error: invalid UTF-8: truncated 3-byte sequence starting with 0xE2"
        ),
        (
            Array("x".utf8) + [0xC0, 0xAF],
            "c.md:1:2: error: invalid UTF-8: overlong encoding starting with 0xC0"
        ),
        (
            [0xE0, 0x80, 0xAF],
            "c.md:1:1: error: invalid UTF-8: overlong encoding starting with 0xE0"
        ),
        (
            Array("a\r\nb\r\nc".utf8) + [0x80],
            "c.md:3:2: error: invalid UTF-8: unexpected continuation byte 0x80"
        ),
        (
            [0xED, 0xA0, 0x80],
            "c.md:1:1: error: invalid UTF-8: 0xED starts an encoded surrogate or a value past U+10FFFF"
        ),
        ([0x41, 0xFF], "c.md:1:2: error: invalid UTF-8: byte 0xFF never appears in UTF-8"),
        (
            Array("é\r".utf8) + [0xF0, 0x9F, 0x98],
            "c.md:2:1: error: invalid UTF-8: truncated 4-byte sequence starting with 0xF0"
        ),
    ]

    @Test(arguments: badBytes)
    func invalidUTF8IsLocatedAtTheFirstBadByte(_ bytes: [UInt8], _ message: String) {
        #expect(
            Self.problem(bytes)?.hasPrefix(message + "; save the chapter as UTF-8 text") == true)
    }

    @Test func nulByteIsLocated() {
        #expect(
            Self.problem(Array("# T\n\nab".utf8) + [0, 0x63])
                == "c.md:3:3: error: the chapter contains a NUL byte (is it a binary file?)")
    }

    @Test func byteOrderMarkAndLineBreaksAreNormalized() throws {
        #expect(try ChapterDecoder.decode(Data([0xEF, 0xBB, 0xBF]), file: "c.md") == "")
        let text = try ChapterDecoder.decode(
            Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n\r\n".utf8)), file: "c.md")
        #expect(text == "a\nb\nc\n\n")
        #expect(Self.problem(Array("ünïcödé ✓ 🙂\n".utf8)) == nil)
    }

    @Test func crlfChapterParsesLikeLF() {
        let lf =
            "# T\n\n```swift id=one\nlet x = 1\n  print(x)\n```\n\n```output\n1\n```\n\n```swift hide bogus\n```\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = ChapterParser().parse(lf, file: "c.md")
        let b = ChapterParser().parse(crlf, file: "c.md")
        #expect(a.chapter.cells == b.chapter.cells)
        #expect(a.chapter.cells.first?.source == "let x = 1\n  print(x)\n")
        #expect(a.chapter.cells.first?.expectedOutput?.text == "1\n")
        #expect(a.diagnostics.map(\.description) == b.diagnostics.map(\.description))
        #expect(
            b.diagnostics.map(\.description) == [
                "c.md:12:15: error: unknown cell option 'bogus'; expected one of hide, silent, norun, error, id=NAME"
            ])
    }

    @Test func unclosedDisplayMathIsReportedAndKeepsTheRest() {
        let parsed = ChapterParser().parse("# T\n\nCost $$x\n\nNext $$y$$ and *z*.\n", file: "c.md")
        #expect(
            parsed.diagnostics.map(\.description) == [
                "c.md:3:6: error: display math opened here with '$$' is never closed in its paragraph; "
                    + "close it with '$$', or write '\\$\\$' for two dollar signs"
            ])
        guard case .markdown(let next) = parsed.chapter.blocks.last else {
            Issue.record("no paragraph")
            return
        }
        #expect(next.children.contains { $0.kind == .math(tex: "y", display: true) })
        #expect(next.children.contains { $0.kind == .emphasis })
    }

    @Test func manyCellsAreNumberedInOrder() {
        let text = (0..<3000).map { "```swift\nprint(\($0))\n```\n" }.joined(separator: "\n")
        let cells = ChapterParser().parse(text, file: "c.md").chapter.cells
        #expect(cells.map(\.index) == Array(0..<3000))
        #expect(cells.last?.range.start.line == 2999 * 4 + 1)
    }

    @Test func mathSpansCarryTheirLocation() {
        let parsed = ChapterParser().parse("# T\n\nab $x$ and\nc $$y$$\n", file: "c.md")
        guard case .markdown(let paragraph) = parsed.chapter.blocks.last else {
            Issue.record("no paragraph")
            return
        }
        let spots = paragraph.children.compactMap { node -> String? in
            guard case .math = node.kind else { return nil }
            return node.range?.start.description
        }
        #expect(spots == ["c.md:3:4", "c.md:4:3"])
    }
}
