import Testing

@testable import Notebook

@Suite struct MathProtectionTests {
    func inlines(_ text: String) -> [MarkdownNode] {
        let r = ChapterParser().parse(text, file: "m.md")
        guard case .markdown(let p)? = r.chapter.blocks.first else { return [] }
        return p.children
    }

    @Test func underscoresInMathAreNotEmphasis() {
        let nodes = inlines("Weights $w_i$ and $x_i$ stay math.")
        #expect(
            nodes.map(\.kind) == [
                .text("Weights "), .math(tex: "w_i", display: false), .text(" and "),
                .math(tex: "x_i", display: false), .text(" stay math."),
            ])
    }

    @Test func backslashesInMathAreKept() {
        #expect(
            inlines("$\\alpha \\cdot \\{x\\}$").map(\.kind) == [
                .math(tex: "\\alpha \\cdot \\{x\\}", display: false)
            ])
    }

    @Test func displayMathSpansLines() {
        let nodes = inlines("$$\n\\sum_{i=1}^n w_i x_i\n$$")
        #expect(nodes.map(\.kind) == [.math(tex: "\\sum_{i=1}^n w_i x_i", display: true)])
    }

    @Test func escapedDollarIsLiteral() {
        #expect(inlines("It costs \\$5 and \\$6.").map(\.kind) == [.text("It costs $5 and $6.")])
    }

    @Test func dollarsFollowedBySpaceOrDigitAreNotMath() {
        #expect(
            inlines("Between $ 5 and $10 there is nothing.").map(\.kind) == [
                .text("Between $ 5 and $10 there is nothing.")
            ])
    }

    @Test func codeSpansAndBlocksAreLeftAlone() {
        #expect(
            inlines("Code `let $x_1$ = 1` here.").map(\.kind) == [
                .text("Code "), .code("let $x_1$ = 1"), .text(" here."),
            ])
        let r = ChapterParser().parse(
            "```swift\nlet s = \"$a_b$\"\n```\n\n    indented $x_y$\n", file: "m.md")
        #expect(r.chapter.cells[0].source == "let s = \"$a_b$\"\n")
        guard case .markdown(let block)? = r.chapter.blocks.last else {
            Issue.record("no block")
            return
        }
        #expect(block.kind == .codeBlock(info: "", code: "indented $x_y$\n"))
    }

    @Test func mathInHeadingsAndListItems() {
        let r = ChapterParser().parse("# Loss $L_2$\n\n- item $a_1$\n", file: "m.md")
        #expect(r.chapter.title == "Loss L_2")
    }
}
