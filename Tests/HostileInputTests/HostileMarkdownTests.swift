import Foundation
import Testing

/// One hostile chapter, rendered (or tested) beside a good chapter, and what users must see.
struct HostileChapter: Sendable, CustomTestStringConvertible {
    var name: String
    /// The bytes of `chapters/02-hostile.md`.
    var bytes: Data
    var command = "render"
    var status: Int32
    /// Lines the output must contain (messages with their `file:line:col` location).
    var messages: [String]
    /// Text the hostile page must contain, and text it must not contain (case-insensitive).
    var present: [String] = []
    var absent: [String] = []

    var testDescription: String { name }

    init(
        _ name: String, _ text: String, command: String = "render", status: Int32,
        messages: [String], present: [String] = [], absent: [String] = []
    ) {
        self.init(
            name, bytes: Data(text.utf8), command: command, status: status,
            messages: messages, present: present, absent: absent)
    }

    init(
        _ name: String, bytes: Data, command: String = "render", status: Int32,
        messages: [String], present: [String] = [], absent: [String] = []
    ) {
        self.name = name
        self.bytes = bytes
        self.command = command
        self.status = status
        self.messages = messages
        self.present = present
        self.absent = absent
    }
}

@Suite struct HostileMarkdownTests {
    static let file = "chapters/02-hostile.md"
    static let good =
        "# Good chapter\n\n```swift\nprint(\"good-output\")\n```\n\n```output\ngood-output\n```\n"
    static let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"

    static func warning(_ at: String, _ message: String) -> String {
        "\(file):\(at): warning: \(message)"
    }

    static func error(_ at: String, _ message: String) -> String {
        "\(file):\(at): error: \(message)"
    }

    static func safe(_ what: String) -> String { "raw HTML made safe: \(what) is not kept live" }

    static let nesting =
        "Markdown is nested more than 256 levels deep here; the deeper content is left out"
    static let deepMath = "math is nested more than 100 levels deep; it is not rendered"
    static let utf8 = "; save the chapter as UTF-8 text"

    static let cases: [HostileChapter] = [
        // Live markup.
        .init(
            "script tag", "# H\n\n<script>alert(1)</script>\n", status: 0,
            messages: [warning("3:1", safe("the <script> element"))],
            present: ["&lt;script"], absent: ["alert(1)</script>"]),
        .init(
            "img onerror", "# H\n\n<img src=\"x.png\" onerror=\"alert(1)\">\n", status: 0,
            messages: [warning("3:1", safe("the 'onerror' attribute of <img>"))],
            present: ["<img src=\"x.png\">"], absent: ["onerror"]),
        .init(
            "svg onload", "# H\n\nA <svg onload=alert(1)><circle r=\"1\"/></svg> shape\n",
            status: 0,
            messages: [warning("3:3", safe("the 'onload' attribute of <svg>"))],
            present: ["<svg><circle r=\"1\" /></svg>"], absent: ["onload"]),
        .init(
            "iframe", "# H\n\n<iframe src=\"https://example.com\"></iframe>\n", status: 0,
            messages: [warning("3:1", safe("the <iframe> element"))], absent: ["<iframe"]),
        .init(
            "object and embed", "# H\n\n<object data=\"x.swf\"></object><embed src=\"x.swf\">\n",
            status: 0,
            messages: [
                warning("3:1", safe("the <object> element")),
                warning("3:31", safe("the <embed> element")),
            ],
            absent: ["<object", "<embed"]),
        .init(
            "style element", "# H\n\n<style>body { display: none }</style>\n", status: 0,
            messages: [warning("3:1", safe("the <style> element"))], absent: ["<style"]),
        .init(
            "javascript: link in Markdown", "# H\n\nSee [here](javascript:alert(1)).\n", status: 0,
            messages: [
                warning("3:5", "link to a URL that runs code ('javascript:alert(1)') is not kept")
            ],
            present: ["<a href=\"\">here</a>"], absent: ["javascript:"]),
        .init(
            "javascript: autolink", "# H\n\nSee <javascript:alert(1)>.\n", status: 0,
            messages: [
                warning("3:5", "link to a URL that runs code ('javascript:alert(1)') is not kept")
            ],
            absent: ["href=\"javascript"]),
        .init(
            "entity-encoded javascript: in Markdown", "# H\n\n[x](&#106;avascript&#58;alert(1))\n",
            status: 0,
            messages: [
                warning("3:1", "link to a URL that runs code ('javascript:alert(1)') is not kept")
            ],
            absent: ["href=\"javascript", "&#106;avascript"]),
        .init(
            "javascript: image", "# H\n\n![pic](javascript:alert(1))\n", status: 0,
            messages: [
                warning(
                    "3:1", "image from a URL that runs code ('javascript:alert(1)') is not kept")
            ],
            present: ["<img src=\"\" alt=\"pic\">"], absent: ["javascript:"]),
        .init(
            "data: link", "# H\n\n[x](data:text/html;base64,PHNjcmlwdD4=)\n", status: 0,
            messages: [
                warning(
                    "3:1",
                    "link to a URL that runs code ('data:text/html;base64,PHNjcmlwdD4=') is not kept"
                )
            ],
            absent: ["data:text/html"]),
        .init(
            "javascript: in raw HTML", "# H\n\nGo <a href=\"javascript:alert(1)\">there</a>\n",
            status: 0, messages: [warning("3:4", safe("the 'href' attribute of <a>"))],
            present: ["<a>there</a>"], absent: ["javascript:"]),
        .init(
            "mixed-case JaVaScRiPt:", "# H\n\n<a href=\"JaVaScRiPt:alert(1)\">x</a>\n", status: 0,
            messages: [warning("3:1", safe("the 'href' attribute of <a>"))], absent: ["javascript:"]
        ),
        .init(
            "decimal-entity javascript:", "# H\n\n<a href=\"&#106;avascript&#58;alert(1)\">x</a>\n",
            status: 0, messages: [warning("3:1", safe("the 'href' attribute of <a>"))],
            absent: ["avascript"]),
        .init(
            "hex-entity and tab javascript:",
            "# H\n\n<a href=\"&#x6A;ava&Tab;script:alert(1)\">x</a>\n",
            status: 0, messages: [warning("3:1", safe("the 'href' attribute of <a>"))],
            absent: ["script:"]),
        .init(
            "unquoted vbscript:", "# H\n\n<a href=vbscript:msgbox(1)>x</a>\n", status: 0,
            messages: [warning("3:1", safe("the 'href' attribute of <a>"))], absent: ["vbscript"]),
        // Template placeholders in chapter text.
        .init(
            "{{sidebar}} in prose", "# H\n\nText {{sidebar}} and {{content}} here.\n", status: 0,
            messages: ["✓ \(file): 0 passed, 0 failed"],
            present: ["<p>Text {{sidebar}} and {{content}} here.</p>"]),
        .init(
            "{{title}} and {{pager}} in a heading", "# T {{title}} {{pager}}\n\nx\n", status: 0,
            messages: ["✓ \(file): 0 passed, 0 failed"],
            present: [
                "<title>T {{title}} {{pager}} · ", ">T {{title}} {{pager}}<a class=\"anchor\"",
            ]),
        .init(
            "{{pager}} printed by a cell",
            "# H\n\n```swift\nprint(\"{{pager}} {{content}}\")\n```\n\n```output\n{{pager}} {{content}}\n```\n",
            status: 0, messages: ["✓ \(file): 2 passed, 0 failed"],
            present: ["<pre class=\"stdout\">{{pager}} {{content}}\n</pre>"]),
        // Nesting.
        .init(
            "20,000 nested block quotes",
            "# H\n\n" + String(repeating: "> ", count: 20_000) + "deep\n\nafter\n",
            status: 1, messages: [error("3:511", nesting)], present: ["<p>after</p>"]),
        .init(
            "20,000 nested list items",
            "# H\n\n" + String(repeating: "- ", count: 20_000) + "x\n\nafter\n",
            status: 1, messages: [error("3:255", nesting)], present: ["<p>after</p>"]),
        .init(
            "deep emphasis",
            "# H\n\n" + String(repeating: "*", count: 20_000) + "a"
                + String(repeating: "*", count: 20_000) + "\n\nafter\n",
            status: 1, messages: [error("3:1", nesting)], present: ["<p>after</p>"]),
        .init(
            "3,000 nested \\frac",
            "# H\n\n$$" + String(repeating: "\\frac{1}{", count: 3000) + "x"
                + String(repeating: "}", count: 3000) + "$$\n\nafter\n",
            status: 1, messages: [error("3:1", deepMath)],
            present: [
                "<merror><mtext>\(file):3:1: error: \(deepMath)</mtext></merror>", "<p>after</p>",
            ]),
        .init(
            "deep \\left( \\right)",
            "# H\n\nSee $" + String(repeating: "\\left(", count: 3000) + "x"
                + String(repeating: "\\right)", count: 3000) + "$ here\n",
            status: 1, messages: [error("3:5", deepMath)], present: ["<merror>", " here</p>"]),
        .init(
            "deep braces in math",
            "# H\n\nSee $" + String(repeating: "{", count: 5000) + "x"
                + String(repeating: "}", count: 5000) + "$ here\n",
            status: 1, messages: [error("3:5", deepMath)], present: ["<merror>"]),
        // Bytes.
        .init(
            "truncated multibyte UTF-8",
            bytes: Data("# T\n\nab".utf8) + Data([0xE2, 0x82]) + Data("(\n".utf8),
            status: 2,
            messages: [
                error("3:3", "invalid UTF-8: truncated 3-byte sequence starting with 0xE2" + utf8)
            ]),
        .init(
            "overlong UTF-8",
            bytes: Data("# T\n\nline\nabcd".utf8) + Data([0xC0, 0xAF]) + Data("\n".utf8),
            status: 2,
            messages: [error("4:5", "invalid UTF-8: overlong encoding starting with 0xC0" + utf8)]),
        .init(
            "overlong 3-byte UTF-8", bytes: Data("# T\n\n".utf8) + Data([0xE0, 0x80, 0xAF]),
            status: 2,
            messages: [error("3:1", "invalid UTF-8: overlong encoding starting with 0xE0" + utf8)]),
        .init(
            "lone continuation byte",
            bytes: Data("# T\n\nx é ".utf8) + Data([0x80]) + Data("\n".utf8),
            status: 2,
            messages: [error("3:6", "invalid UTF-8: unexpected continuation byte 0x80" + utf8)]),
        .init(
            "NUL byte", bytes: Data("# T\n\nab".utf8) + Data([0]) + Data("c\n".utf8), status: 2,
            messages: [error("3:3", "the chapter contains a NUL byte (is it a binary file?)")]),
        .init(
            "empty file", "", status: 0, messages: ["✓ \(file): 0 passed, 0 failed"],
            present: ["<title>02-hostile · "]),
        .init(
            "only a byte-order mark", bytes: Data([0xEF, 0xBB, 0xBF]), status: 0,
            messages: ["✓ \(file): 0 passed, 0 failed"], present: ["<title>02-hostile · "]),
        .init(
            "byte-order mark before the title",
            bytes: Data([0xEF, 0xBB, 0xBF]) + Data("# Marked\n".utf8),
            status: 0, messages: ["✓ \(file): 0 passed, 0 failed"], present: ["<title>Marked · "]),
        .init(
            "no title", "Just prose.\n", status: 0, messages: ["✓ \(file): 0 passed, 0 failed"],
            present: ["<title>02-hostile · ", "<p>Just prose.</p>"]),
        .init(
            "unterminated fence", "# H\n\n```swift\nprint(1)\n\nmore text\n", status: 1,
            messages: [
                error("3:1", "code fence opened here is never closed; add a closing ``` line")
            ]),
        .init(
            "unterminated $$", "# H\n\nCost: $$x + y\n\nafter\n", status: 1,
            messages: [
                error(
                    "3:7",
                    "display math opened here with '$$' is never closed in its paragraph; close it with '$$', or write '\\$\\$' for two dollar signs"
                )
            ],
            present: ["<p>after</p>"]),
        .init(
            "CRLF chapter",
            "# H\r\n\r\n```swift\r\nlet x = 41\r\nprint(x + 1)\r\n```\r\n\r\n```output\r\n42\r\n```\r\n",
            command: "test", status: 0,
            messages: ["✓ \(file): 2 passed, 0 failed", "4 passed, 0 failed"]),
        .init(
            "lone CR chapter", "# H\r\r```swift\rprint(7)\r```\r\r```output\r7\r```\r",
            command: "test", status: 0, messages: ["✓ \(file): 2 passed, 0 failed"]),
        .init(
            "huge single line", "# H\n\n" + String(repeating: "word $a `b ", count: 200_000) + "\n",
            command: "test", status: 0, messages: ["2 passed, 0 failed"]),
    ]

    @Test(arguments: cases)
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
        #expect(written == ["output/01-good.html", "output/index.html", "output/style.css"])
    }
}

/// The policy element as `PageTemplate` writes it (the tests do not link HTMLRendering).
enum PageTemplateCSP {
    static let meta =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">"
}
