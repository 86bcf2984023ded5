import Testing

@testable import HTMLRendering

@Suite struct HTMLSanitizerTests {
    @Test(arguments: [
        ("<img src=x onerror=alert(1)>", "<img src=\"x\">"),
        ("<IMG SRC=\"a.png\" OnError='alert(1)'>", "<IMG SRC=\"a.png\">"),
        ("<svg onload=alert(1)><circle r=\"1\"/></svg>", "<svg><circle r=\"1\" /></svg>"),
        ("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"&#106;avascript&#58;alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"&#x6A;ava&Tab;script&colon;alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"java\nscript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=vbscript:x>y</a>", "<a>y</a>"),
        (
            "<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>",
            "<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>"
        ),
        (
            "<a href=\"notes/page.html#javascript:x\">x</a>",
            "<a href=\"notes/page.html#javascript:x\">x</a>"
        ),
        ("<img src=\"data:image/png;base64,AAAA\">", "<img src=\"data:image/png;base64,AAAA\">"),
        ("<a href=\"data:image/png;base64,AAAA\">x</a>", "<a>x</a>"),
        ("<img src=\"data:text/html,<b>\">", "<img>"),
        ("<img srcset=\"a.png 1x, javascript:x 2x\">", "<img>"),
        ("<div style=\"background: url(javascript:x)\">t</div>", "<div>t</div>"),
        ("<div style=\"text-align: center\">t</div>", "<div style=\"text-align: center\">t</div>"),
        ("<p title='say \"hi\"'>t</p>", "<p title=\"say &quot;hi&quot;\">t</p>"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<ScRiPt src=x></ScRiPt>", "&lt;ScRiPt src=x&gt;&lt;/ScRiPt&gt;"),
        ("<object data=x></object>", "&lt;object data=x&gt;&lt;/object&gt;"),
        (
            "<math><maction href=\"javascript:x\">m</maction></math>",
            "<math><maction>m</maction></math>"
        ),
        (
            "<svg><animate attributeName=href to=\"javascript:x\"/></svg>",
            "<svg>&lt;animate attributeName=href to=&quot;javascript:x&quot;/&gt;</svg>"
        ),
        ("a <!-- hidden <script> --> b", "a  b"),
        ("<!DOCTYPE html>", "&lt;!DOCTYPE html>"),
        ("1 < 2 > 0", "1 &lt; 2 > 0"),
        ("<p>unclosed <a href=\"x", "&lt;p&gt;unclosed &lt;a href=&quot;x"),
        (
            "<!-- never closed <img src=x onerror=y>",
            "&lt;!-- never closed &lt;img src=x onerror=y&gt;"
        ),
        (
            "<details><summary>More</summary>Text</details>",
            "<details><summary>More</summary>Text</details>"
        ),
    ])
    func rawHTMLIsMadeSafe(_ raw: String, _ safe: String) {
        #expect(HTMLSanitizer.sanitize(raw) == safe)
    }

    @Test func changesAreNamedForTheAuthor() {
        let (_, changes) = HTMLSanitizer.sanitizeReporting("<img src=x onerror=y><iframe></iframe>")
        #expect(changes == ["the 'onerror' attribute of <img>", "the <iframe> element"])
        // After cmark-gfm's tag filter, `<script>` arrives as `&lt;script>`.
        #expect(
            HTMLSanitizer.sanitizeReporting("&lt;script>x&lt;/script>").changes
                == ["the <script> element"])
        #expect(HTMLSanitizer.sanitizeReporting("<b>fine</b>").changes.isEmpty)
    }

    @Test(arguments: [
        ("https://example.com", false, true), ("chapter.html#part", false, true),
        ("mailto:a@b.c", false, true), ("javascript:x", false, false),
        ("JAVASCRIPT:x", false, false), (" \u{1}javascript:x", false, false),
        ("&#74;avascript:x", false, false), ("vbscript:x", false, false),
        ("data:image/png;base64,AA", true, true), ("data:image/png;base64,AA", false, false),
        ("data:text/html,x", true, false), ("java&unknown;script:x", false, false),
    ])
    func urlSafety(_ url: String, _ isImageSource: Bool, _ safe: Bool) {
        #expect(URLSafety.isSafe(url, isImageSource: isImageSource) == safe)
    }
}
