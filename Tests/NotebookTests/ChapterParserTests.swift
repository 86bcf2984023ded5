import Diagnostics
import Testing

@testable import Notebook

@Suite struct ChapterParserTests {
    func parse(_ text: String) -> ChapterParser.Result {
        ChapterParser().parse(text, file: "ch.md")
    }

    @Test func titleIsTheFirstLevelOneHeading() {
        let r = parse("Intro text\n\n## Sub\n\n# The Title\n\n# Second\n")
        #expect(r.chapter.title == "The Title")
        #expect(parse("no heading").chapter.title == "ch")
    }

    @Test func cellOptionsAreParsed() {
        let r = parse(
            "# T\n\n```swift hide id=first\nlet a = 1\n```\n\n```swift silent\n1\n```\n\n```swift norun\nx\n```\n\n```swift error\nundefined\n```\n"
        )
        #expect(r.diagnostics.isEmpty)
        let cells = r.chapter.cells
        #expect(cells.count == 4)
        #expect(cells[0].options == CellOptions(hide: true, id: "first"))
        #expect(cells[1].options.silent)
        #expect(cells[2].options.norun)
        #expect(cells[3].options.expectsError)
        #expect(cells.map(\.index) == [0, 1, 2, 3])
        #expect(cells[0].source == "let a = 1\n")
        #expect(cells[0].displayName == "first")
        #expect(cells[1].displayName == "cell 2")
    }

    @Test func unknownOptionIsLocatedWithSuggestion() {
        let r = parse("# T\n\n```swift  hdie\nlet a = 1\n```\n")
        #expect(r.diagnostics.count == 1)
        let d = r.diagnostics[0]
        #expect(d.message == "unknown cell option 'hdie'; did you mean 'hide'?")
        #expect(d.range.start == SourceLocation(file: "ch.md", line: 3, column: 11))
        #expect(d.range.end.column == 15)
    }

    @Test func duplicateAndMalformedIds() {
        let r = parse("```swift id=a\n1\n```\n\n```swift id=a\n2\n```\n\n```swift id=\n3\n```\n")
        #expect(
            r.diagnostics.map(\.message) == [
                "duplicate cell id 'a'", "cell id '' must be letters, digits, '-' or '_'",
            ])
        #expect(r.diagnostics[0].range.start.line == 5)
    }

    @Test func outputBlockAttachesToThePrecedingCell() {
        let r = parse(
            "```swift\nprint(1)\n```\n\n```output\n1\n```\n\nText.\n\n```output\n2\n```\n")
        let cell = r.chapter.cells[0]
        #expect(cell.expectedOutput?.text == "1\n")
        #expect(cell.expectedOutput?.range.start.line == 5)
        #expect(
            r.diagnostics.map(\.message) == [
                "an 'output' block must directly follow a 'swift' cell"
            ])
        #expect(r.diagnostics[0].range.start.line == 11)
    }

    @Test func outputAfterNorunIsAnError() {
        let r = parse("```swift norun\nprint(1)\n```\n```output\n1\n```\n")
        #expect(
            r.diagnostics.map(\.message) == [
                "an 'output' block follows a 'norun' cell, which never runs"
            ])
    }

    @Test func unclosedFenceIsReportedAtItsOpening() {
        let r = parse("# T\n\nText\n\n```swift\nlet a = 1\n")
        #expect(r.diagnostics.count == 1)
        #expect(r.diagnostics[0].message.hasPrefix("code fence opened here is never closed"))
        #expect(r.diagnostics[0].range.start == SourceLocation(file: "ch.md", line: 5, column: 1))
    }

    @Test func longerClosingFenceCloses() {
        let r = parse("````swift\nlet s = \"```\"\n`````\n")
        #expect(r.diagnostics.isEmpty)
        #expect(r.chapter.cells[0].source == "let s = \"```\"\n")
    }

    @Test func nonSwiftBlocksAreMarkdown() {
        let r = parse("```python\nprint(1)\n```\n\n```\nplain\n```\n")
        #expect(r.chapter.cells.isEmpty)
        #expect(r.chapter.blocks.count == 2)
    }

    @Test func cellLinesMapToTheChapter() {
        let r = parse("# T\n\nSome text.\n\n```swift\nlet a = 1\n  let b = 2\n```\n")
        let map = r.chapter.cells[0].sourceMap
        #expect(
            map.location(line: 1, column: 5) == SourceLocation(file: "ch.md", line: 6, column: 5))
        #expect(
            map.location(line: 2, column: 3) == SourceLocation(file: "ch.md", line: 7, column: 3))
    }

    @Test func indentedFenceColumnsIncludeTheIndentation() {
        let r = parse("Text\n\n   ```swift\n   let a = 1\n   ```\n")
        let cell = r.chapter.cells[0]
        #expect(cell.source == "let a = 1\n")
        #expect(
            cell.sourceMap.location(line: 1, column: 5)
                == SourceLocation(file: "ch.md", line: 4, column: 8))
    }

    @Test func lineMappingSurvivesMultilineMathAbove() {
        let text = "# T\n\n$$\na_1\n+ b_2\n$$\n\n```swift\nlet x = 1\n```\n"
        let r = parse(text)
        #expect(r.chapter.cells[0].range.start.line == 8)
        #expect(r.chapter.cells[0].sourceMap.location(line: 1, column: 1).line == 9)
    }

    @Test func swiftBlocksInListsAreWarnedAboutAndNotRun() {
        let r = parse("- item\n\n  ```swift\n  print(1)\n  ```\n")
        #expect(r.chapter.cells.isEmpty)
        #expect(r.diagnostics.first?.severity == .warning)
    }

    @Test func gfmExtensionsAreEnabled() {
        let r = parse(
            "| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~gone~~ www.example.com\n\n- [x] done\n- [ ] todo\n\nNote[^1].\n\n[^1]: The note.\n"
        )
        let kinds = r.chapter.blocks.compactMap { b -> MarkdownNode.Kind? in
            if case .markdown(let n) = b { return n.kind } else { return nil }
        }
        #expect(kinds.first == .table(alignments: [.left, .right]))
        guard case .markdown(let para) = r.chapter.blocks[1] else {
            Issue.record("no paragraph")
            return
        }
        #expect(para.children.contains { $0.kind == .strikethrough })
        #expect(para.children.contains { if case .link = $0.kind { true } else { false } })
        guard case .markdown(let list) = r.chapter.blocks[2] else {
            Issue.record("no list")
            return
        }
        #expect(list.children.map(\.kind) == [.item(checked: true), .item(checked: false)])
        #expect(r.chapter.footnotes.count == 1)
    }
}
