import Foundation
import Testing

@Suite struct HostileMarkdownTests {
    static let file = "chapters/02-hostile.md"
    static let good =
        "# Good chapter\n\n```swift\nprint(\"good-output\")\n```\n\n```output\ngood-output\n```\n"
    static let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"

    @Test(arguments: HostileChapter.markdownCases)
    func hostileChapter(_ c: HostileChapter) throws {
        let book = try HostileBook(["01-good.md": Data(Self.good.utf8), "02-hostile.md": c.bytes])
        defer { book.remove() }
        let before = book.files()
        let (status, output) = try book.run([c.command])
        #expect(status == c.status, "\(output.prefix(2000))")
        for message in c.messages {
            #expect(output.contains(message), "missing: \(message)\n\(output.prefix(2000))")
        }
        #expect(book.strayFiles(before: before).isEmpty)
        guard c.command == "render" else { return }
        let good = try #require(book.page("01-good.html"))
        #expect(good.contains("<pre class=\"stdout\">good-output\n</pre>"))
        let page = try #require(book.page("02-hostile.html"))
        for text in c.present { #expect(page.contains(text), "missing on the page: \(text)") }
        for text in c.absent {
            #expect(!page.lowercased().contains(text.lowercased()), "on the page: \(text)")
        }
        for name in ["01-good.html", "02-hostile.html", "index.html"] {
            let html = try #require(book.page(name))
            #expect(html.contains(Self.csp), "\(name) has no Content-Security-Policy")
            #expect(!html.lowercased().contains("<script"), "\(name) has a <script")
        }
    }

    /// A chapter with CRLF line breaks reports an error at the same line and column as the
    /// same chapter with LF line breaks.
    @Test func crlfErrorsHaveTheColumnsOfLF() throws {
        let lf = "# H\n\nSome text.\n\n```swift\nlet a = 1\nlet b = a + missingName\n```\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        var outputs: [String] = []
        for text in [lf, crlf] {
            let book = try HostileBook(texts: ["02-hostile.md": text])
            defer { book.remove() }
            let (status, output) = try book.run(["test"])
            #expect(status == 1)
            outputs.append(
                output.split(separator: "\n").filter { $0.hasPrefix(Self.file + ":") }
                    .joined(separator: "\n"))
        }
        #expect(outputs[0].hasPrefix("\(Self.file):7:13: error: "), "\(outputs[0])")
        #expect(outputs[0] == outputs[1])
    }

    /// A 10 MB chapter and a chapter of 10,000 cells pass `handson test`.
    @Test(arguments: [("10 MB chapter", 1), ("10,000 cells", 2)])
    func largeChapterPasses(_ name: String, _ kind: Int) throws {
        var text = "# Large\n\n"
        var checks = 0
        if kind == 1 {
            let paragraph =
                String(
                    repeating:
                        "Prose with *emphasis*, `code`, $x_i$ and a [link](https://example.com). ",
                    count: 12) + "\n\n"
            text.reserveCapacity(10_100_000)
            while text.utf8.count < 10_000_000 { text += paragraph }
            text += "```swift\nprint(1)\n```\n\n```output\n1\n```\n"
            checks = 2
        } else {
            for i in 0..<10_000 {
                text += "```swift\nprint(\(i))\n```\n\n```output\n\(i)\n```\n\n"
            }
            checks = 20_000
        }
        let book = try HostileBook(texts: ["02-hostile.md": text])
        defer { book.remove() }
        let before = book.files()
        let start = Date()
        let (status, output) = try book.run(["test"])
        #expect(status == 0, "\(name): \(output.suffix(500))")
        #expect(output.hasSuffix("\(checks) passed, 0 failed\n"), "\(output.suffix(500))")
        #expect(Date().timeIntervalSince(start) < 240, "\(name) is too slow")
        #expect(book.strayFiles(before: before).isEmpty)
    }

    /// A user's `_template.html` without a policy gets it; placeholders in chapters stay text.
    @Test(arguments: [
        "<html><HEAD><title>{{title}}</title></HEAD><body>{{content}}{{pager}}</body></html>",
        "<body>{{sidebar}}<main>{{content}}</main></body>",
    ])
    func userTemplateGetsThePolicy(_ template: String) throws {
        let book = try HostileBook(texts: [
            "_template.html": template, "01-good.md": Self.good,
            "02-hostile.md":
                "# H\n\nLiteral {{content}} and {{sidebar}}.\n\n<script>x()</script>\n",
        ])
        defer { book.remove() }
        let (status, output) = try book.run(["render"])
        #expect(status == 0, "\(output)")
        for name in ["01-good.html", "02-hostile.html", "index.html"] {
            let html = try #require(book.page(name))
            #expect(html.contains(Self.csp), "\(name): \(html.prefix(300))")
            #expect(!html.lowercased().contains("<script"))
        }
        let page = try #require(book.page("02-hostile.html"))
        #expect(page.contains("Literal {{content}} and {{sidebar}}."))
        if template.contains("<HEAD>") {
            #expect(page.hasPrefix("<html><HEAD>\n\(PageTemplateCSP.meta)<title>H</title>"))
        } else {
            #expect(page.hasPrefix(PageTemplateCSP.meta + "\n<body>"))
        }
    }

    /// Pages are replaced whole: no temporary file is left beside them.
    @Test func renderLeavesNoTemporaryFiles() throws {
        let book = try HostileBook(texts: ["01-good.md": Self.good])
        defer { book.remove() }
        for _ in 0..<2 {
            let (status, _) = try book.run(["render"])
            #expect(status == 0)
        }
        let written = book.files().filter { $0.hasPrefix("output/") }
        #expect(
            written == [
                "output/01-good.html", "output/index.html", "output/print.html", "output/style.css",
                "output/.handson-cache/01-good.json", "output/.handson-cache/site.key",
                "output/.handson-cache/written-files.manifest",
            ])
    }
}

/// The policy element as `PageTemplate` writes it (the tests do not link HTMLRendering).
enum PageTemplateCSP {
    static let meta =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">"
}
