import Notebook
import Testing

@testable import HTMLRendering

/// Whole pages of a fixture book, compared with reviewed snapshots.
@Suite struct SiteSnapshotTests {
    static let chapterText = """
        # Fixture chapter

        Text with *emphasis*, `code`, inline math $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ and a
        footnote.[^note]

        ## Cells and outputs

        ```swift id=first
        let x = "<b>bold?</b> {{sidebar}}"
        print(x)
        ```

        ```swift hide
        let hidden = 1
        ```

        ### A table and a figure

        ```swift
        display(table)
        Figure(axes)
        ```

        ## Failures

        ```swift
        #expect(x.isEmpty)
        ```

        ```swift error
        let y = 1 / 0
        ```

        $$
        \\mathcal{L} = -\\frac{1}{n} \\sum_{i=1}^{n} y_i \\log \\hat{y}_i
        $$

        [^note]: A footnote with a [link](https://example.org).

        """

    static let svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>T</title>"
        + "<desc>D</desc><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>"

    static func pages() -> [ChapterPage] {
        let chapter = ChapterParser().parse(chapterText, file: "chapters/01-fixture.md").chapter
        let second = ChapterParser().parse(
            "# Second <chapter>\n\n## Only section\n\nText.\n", file: "chapters/02-second.md"
        ).chapter
        let outcomes: [Int: CellOutcome] = [
            0: CellOutcome(items: [.text("<b>bold?</b> {{sidebar}}\n")]),
            1: CellOutcome(items: []),
            2: CellOutcome(items: [.table(header: ["a", "<b>"], rows: [["1", "&"]]), .svg(svg)]),
            3: CellOutcome(items: [
                .failure(
                    "chapters/01-fixture.md:30:1: error: expectation failed: (x.isEmpty → false)")
            ]),
            4: CellOutcome(items: [.error("chapters/01-fixture.md:34:9: error: division by zero")]),
        ]
        let status = ChapterStatus(
            cellsRun: 5, cells: 5, expectationsMet: 0, expectations: 1, failures: 1,
            duration: 0.123, firstFailure: ("cell-4", "cell 4"))
        return [
            ChapterPage(
                chapter: chapter, outcomes: outcomes, problems: [], fileName: "01-fixture.html",
                part: "Part <one>", status: status),
            ChapterPage(
                chapter: second, outcomes: [:], problems: [], fileName: "02-second.html",
                part: nil,
                status: ChapterStatus(
                    cellsRun: 0, cells: 0, expectationsMet: 0, expectations: 0, failures: 0,
                    duration: 0.001)),
        ]
    }

    static let book = BookMetadata(
        title: "Fixture & Book", authors: ["Ada", "Alan", "Grace"],
        description: "A book \"for\" tests.", language: "en-GB",
        repository: "https://example.org/book")

    @Test func chapterPageMatchesItsSnapshot() {
        let site = SiteRenderer(book: Self.book).renderSite(Self.pages())
        Snapshot.assertMatches(site.files["01-fixture.html"] ?? "", named: "01-fixture.html")
        Snapshot.assertMatches(site.files["index.html"] ?? "", named: "index.html")
        Snapshot.assertMatches(site.files["print.html"] ?? "", named: "print.html")
    }

    @Test func chapterPageHasStatusSectionsAnchorsAndFigureFiles() {
        let rendered = SiteRenderer(book: Self.book).renderChapter(at: 0, of: Self.pages())
        let html = rendered.html
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.contains("1 failure · first: <a href=\"#cell-4\">cell 4</a>"))
        #expect(html.contains("5 cells run · 0 of 1 expectation met · 0.12 s"))
        #expect(html.contains("<nav aria-label=\"On this page\" class=\"on-this-page\">"))
        #expect(html.contains("<li class=\"level-3\"><a href=\"#a-table-and-a-figure\">"))
        #expect(html.contains("<div class=\"cell\" id=\"cell-first\">"))
        #expect(html.contains("<div class=\"cell\" id=\"cell-4\">"))
        // The figure is inline and also a file beside the page.
        #expect(rendered.figures == ["01-fixture-cell-3.svg": Self.svg])
        #expect(html.contains("<a download href=\"01-fixture-cell-3.svg\">Download SVG</a>"))
        // Text from cells shows as text; placeholders in it are not filled.
        #expect(html.contains("&lt;b&gt;bold?&lt;/b&gt; {{sidebar}}"))
        #expect(!html.contains("<b>bold?</b>"))
        // The source can be selected on its own, without the outputs.
        #expect(
            html.contains(
                "<textarea aria-label=\"Source of first\" readonly rows=\"2\" spellcheck=\"false\">\n"
                    + "let x = &quot;&lt;b&gt;bold?&lt;/b&gt; {{sidebar}}&quot;\nprint(x)\n</textarea>"
            ))
        #expect(!html.contains("let hidden"))
    }

    @Test func printEditionHasEveryChapterInOrderWithoutNavigation() {
        let html = SiteRenderer(book: Self.book).renderPrint(Self.pages())
        let first = html.range(of: "<article class=\"chapter print-chapter\" id=\"01-fixture\">")
        let second = html.range(of: "<article class=\"chapter print-chapter\" id=\"02-second\">")
        #expect(first != nil && second != nil)
        if let first, let second { #expect(first.lowerBound < second.lowerBound) }
        #expect(!html.contains("class=\"sidebar\""))
        #expect(!html.contains("class=\"pager\""))
        #expect(!html.contains("on-this-page"))
        #expect(!html.contains("Download SVG"))
        // Anchors carry the chapter's name, so two chapters' sections never clash.
        #expect(html.contains("<h2 id=\"01-fixture--cells-and-outputs\">"))
        #expect(html.contains("<div class=\"cell\" id=\"01-fixture--cell-first\">"))
        #expect(html.contains("<li id=\"01-fixture--fn-note\">"))
        #expect(html.contains("<h1 id=\"02-second--second\">"))
        #expect(html.contains(PageTemplate.contentSecurityPolicyMeta))
    }

    @Test func indexListsPartsChaptersStatusAndSections() {
        let html = SiteRenderer(book: Self.book).renderIndex(Self.pages())
        #expect(html.contains("<h1>Fixture &amp; Book</h1>"))
        #expect(html.contains("<p class=\"authors\">Ada, Alan and Grace</p>"))
        #expect(html.contains("<h2>Part &lt;one&gt;</h2>"))
        #expect(
            html.contains(
                "<span class=\"status failed\">✗ 5 cells run · 0 of 1 expectation met · 0.12 s</span>"
            ))
        #expect(
            html.contains("<a href=\"01-fixture.html#cells-and-outputs\">Cells and outputs</a>"))
        #expect(html.contains("<a href=\"02-second.html#only-section\">Only section</a>"))
        #expect(html.contains("<a href=\"https://example.org/book\">Source repository</a>"))
    }

    @Test func nodesEscapeTextAndAttributesOnce() {
        let node = HTMLNode.el(
            "a", ["href": "x?a=1&b=\"2\"", "title": "<t>"], .text("<&>"), .trusted("<i>ok</i>"),
            .el("br"), .el("input", ["disabled": ""]))
        #expect(
            node.rendered
                == "<a href=\"x?a=1&amp;b=&quot;2&quot;\" title=\"&lt;t&gt;\">&lt;&amp;&gt;<i>ok</i>"
                + "<br><input disabled></a>")
    }
}
