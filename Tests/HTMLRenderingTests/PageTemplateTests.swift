import Diagnostics
import Notebook
import Testing

@testable import HTMLRendering

@Suite struct PageTemplateTests {
    @Test func placeholdersAreExpandedOnceOverTheTemplateOnly() {
        let template = PageTemplate(
            html: "<head></head>[{{title}}] {{content}} {{pager}} {{other}}")
        let page = template.fill([
            "title": "{{content}}", "content": "<p>{{sidebar}} {{pager}}</p>", "pager": "P",
            "sidebar": "S",
        ])
        #expect(
            page == "<head>\n\(PageTemplate.contentSecurityPolicyMeta)</head>"
                + "[{{content}}] <p>{{sidebar}} {{pager}}</p> P {{other}}")
    }

    @Test(arguments: [
        (
            "<html><head><title>x</title></head></html>",
            "<html><head>\nMETA<title>x</title></head></html>"
        ),
        ("<HTML><HEAD lang=en>x</HEAD>", "<HTML><HEAD lang=en>\nMETAx</HEAD>"),
        ("<html><header>h</header>", "<html>\nMETA<header>h</header>"),
        ("<!DOCTYPE html><body>x</body>", "<!DOCTYPE html>\nMETA<body>x</body>"),
        ("<body>x</body>", "META\n<body>x</body>"),
        ("<head>META</head>", "<head>META</head>"),
    ])
    func policyIsInjectedIntoTheHead(_ template: String, _ expected: String) {
        let meta = PageTemplate.contentSecurityPolicyMeta
        #expect(
            PageTemplate.withPolicy(template.replacingOccurrences(of: "META", with: meta))
                == expected.replacingOccurrences(of: "META", with: meta))
    }

    @Test func everyPageOfTheSiteCarriesThePolicyAndNoScript() {
        let chapter = ChapterParser().parse(
            "# A {{sidebar}}\n\n<script>x()</script>\n\n[l](javascript:y) {{pager}}\n", file: "a.md"
        ).chapter
        let page = ChapterPage(
            chapter: chapter, outcomes: [:], problems: [], fileName: "a.html")
        let site = SiteRenderer(bookTitle: "B").renderSite([page])
        for name in ["a.html", "index.html"] {
            let html = site.files[name] ?? ""
            #expect(html.contains(PageTemplate.contentSecurityPolicyMeta))
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("javascript:"))
        }
        #expect(site.files["a.html"]?.contains("<title>A {{sidebar}} · B</title>") == true)
        #expect(
            site.problems.map(\.description) == [
                "a.md:3:1: warning: raw HTML made safe: the <script> element is not kept live",
                "a.md:5:1: warning: link to a URL that runs code ('javascript:y') is not kept",
            ])
    }

    @Test func deepMathIsALocatedErrorNotACrash() {
        let tex =
            String(repeating: "\\frac{1}{", count: 3000) + "x" + String(repeating: "}", count: 3000)
        let at = SourceLocation(file: "c.md", line: 4, column: 2)
        let (html, problem) = MathML.render(tex, display: true, at: at)
        #expect(
            problem?.description
                == "c.md:4:2: error: math is nested more than 100 levels deep; it is not rendered")
        #expect(html.contains("<merror><mtext>c.md:4:2: error: math is nested"))
        #expect(
            MathML.render(String(repeating: "\\sqrt", count: 5000), display: false).contains(
                "<merror>"))
        #expect(
            MathML.render(String(repeating: "\\mathbf{", count: 500), display: false).contains(
                "<merror>"))
        // Ordinary nesting renders.
        #expect(
            !MathML.render("\\frac{\\frac{a}{b}}{\\sqrt{\\left( c \\right)}}", display: true)
                .contains("merror"))
    }

    @Test func deeplyNestedMarkdownRendersWithoutRecursion() {
        let text = "# Deep\n\n" + String(repeating: "> ", count: 20_000) + "x\n\nafter\n"
        let parsed = ChapterParser().parse(text, file: "d.md")
        #expect(
            parsed.diagnostics.map(\.description) == [
                "d.md:3:511: error: Markdown is nested more than 256 levels deep here; the deeper content is left out"
            ])
        let page = ChapterPage(
            chapter: parsed.chapter, outcomes: [:], problems: [], fileName: "d.html")
        let html = SiteRenderer(bookTitle: "B").render([page])["d.html"] ?? ""
        #expect(html.contains("<p>after</p>"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 255)
    }
}
