import Foundation

/// Hostile Markdown chapters: live markup, template placeholders, nesting, bytes, line breaks.
extension HostileChapter {
    static func warning(_ at: String, _ message: String) -> String {
        "\(HostileMarkdownTests.file):\(at): warning: \(message)"
    }

    static func error(_ at: String, _ message: String) -> String {
        "\(HostileMarkdownTests.file):\(at): error: \(message)"
    }

    static func safe(_ what: String) -> String { "raw HTML made safe: \(what) is not kept live" }

    static let nesting =
        "Markdown is nested more than 256 levels deep here; the deeper content is left out"
    static let deepMath = "math is nested more than 100 levels deep; it is not rendered"
    static let utf8 = "; save the chapter as UTF-8 text"

    static let markdownCases: [HostileChapter] = [
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
            messages: ["✓ \(HostileMarkdownTests.file): 0 passed, 0 failed"],
            present: ["<p>Text {{sidebar}} and {{content}} here.</p>"]),
        .init(
            "{{title}} and {{pager}} in a heading", "# T {{title}} {{pager}}\n\nx\n", status: 0,
            messages: ["✓ \(HostileMarkdownTests.file): 0 passed, 0 failed"],
            present: [
                "<title>T {{title}} {{pager}} · ", ">T {{title}} {{pager}}<a class=\"anchor\"",
            ]),
        .init(
            "{{pager}} printed by a cell",
            "# H\n\n```swift\nprint(\"{{pager}} {{content}}\")\n```\n\n```output\n{{pager}} {{content}}\n```\n",
            status: 0, messages: ["✓ \(HostileMarkdownTests.file): 2 passed, 0 failed"],
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
                "<merror><mtext>\(HostileMarkdownTests.file):3:1: error: \(deepMath)</mtext></merror>",
                "<p>after</p>",
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
            "empty file", "", status: 0,
            messages: ["✓ \(HostileMarkdownTests.file): 0 passed, 0 failed"],
            present: ["<title>02-hostile · "]),
        .init(
            "only a byte-order mark", bytes: Data([0xEF, 0xBB, 0xBF]), status: 0,
            messages: ["✓ \(HostileMarkdownTests.file): 0 passed, 0 failed"],
            present: ["<title>02-hostile · "]),
        .init(
            "byte-order mark before the title",
            bytes: Data([0xEF, 0xBB, 0xBF]) + Data("# Marked\n".utf8),
            status: 0, messages: ["✓ \(HostileMarkdownTests.file): 0 passed, 0 failed"],
            present: ["<title>Marked · "]),
        .init(
            "no title", "Just prose.\n", status: 0,
            messages: ["✓ \(HostileMarkdownTests.file): 0 passed, 0 failed"],
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
            messages: ["✓ \(HostileMarkdownTests.file): 2 passed, 0 failed", "4 passed, 0 failed"]),
        .init(
            "lone CR chapter", "# H\r\r```swift\rprint(7)\r```\r\r```output\r7\r```\r",
            command: "test", status: 0,
            messages: ["✓ \(HostileMarkdownTests.file): 2 passed, 0 failed"]),
        .init(
            "huge single line", "# H\n\n" + String(repeating: "word $a `b ", count: 200_000) + "\n",
            command: "test", status: 0, messages: ["2 passed, 0 failed"]),
        // Found by fuzzing the chapter target: a cell that SwiftParser takes exponential time
        // over made the page's syntax highlighting hang (`handson render` never finished).
        .init(
            "bracket run in a shown-only cell",
            "# H\n\n```swift norun\nlet x = " + String(repeating: "[", count: 28) + "1\n```\n",
            status: 0, messages: ["wrote 5 files"],
            present: ["let x = " + String(repeating: "[", count: 28) + "1"]),
        .init(
            "bracket run in an unclosed cell",
            "# H\n\n```swift\ntry f(x: [0, 1], names: [\"a\", \"b, \"c" + String(repeating: "[", count: 28)
                + "d\n\nprose after\n",
            status: 1,
            messages: [
                error("3:1", "code fence opened here is never closed; add a closing ``` line")
            ],
            present: ["02-hostile.md:4:49: error: more than 12"]),
    ]
}
