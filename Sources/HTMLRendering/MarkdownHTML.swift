import Diagnostics
import Notebook

/// Renders a chapter's Markdown nodes as HTML (CommonMark's HTML conventions, GFM tables and
/// task lists, footnotes, MathML for math).
///
/// The walk keeps its own stack instead of recursing, so however deeply a chapter nests, the
/// page renders. Raw HTML goes through `HTMLSanitizer`; link and image URLs through
/// `URLSafety`.
struct MarkdownHTML {
    /// Anchor ids already used on the page, so repeated headings get `-1`, `-2` suffixes.
    var usedAnchors: [String: Int] = [:]
    /// Headings seen, for the table of contents.
    var headings: [Heading] = []
    /// Put before every id the page gets (headings, footnotes), so several chapters can share
    /// one page (the print edition).
    var anchorPrefix = ""
    /// Problems found while rendering (math that cannot be rendered, raw HTML or URLs made
    /// safe), located in the chapter.
    var diagnostics: [Diagnostic] = []
    /// The range of the last node walked that has one (inline nodes may have none).
    private var nearestRange: SourceRange?

    /// A piece of pending work: a node to open, or finished HTML to append.
    private enum Step {
        case node(MarkdownNode)
        /// The children of a paragraph in a tight list item (no `<p>`).
        case inline(MarkdownNode)
        case html(String)
    }

    mutating func render(_ root: MarkdownNode) -> String {
        var out = ""
        var stack: [Step] = [.node(root)]
        while let step = stack.popLast() {
            switch step {
            case .html(let s): out += s
            case .inline(let node):
                stack.append(contentsOf: node.children.reversed().map(Step.node))
            case .node(let node):
                if let range = node.range { nearestRange = range }
                let (open, children, close) = parts(of: node)
                out += open
                stack.append(.html(close))
                stack.append(contentsOf: children.reversed())
            }
        }
        return MathGlue.glue(out)
    }

    /// The HTML before a node's children, the steps for its children, and the HTML after them.
    private mutating func parts(of node: MarkdownNode) -> (String, [Step], String) {
        let children = node.children.map(Step.node)
        switch node.kind {
        case .document, .tableRow, .tableCell: return ("", children, "")
        case .blockQuote: return ("<blockquote>\n", children, "</blockquote>\n")
        case .list(let ordered, let start, let tight):
            let items = node.children.map {
                item(
                    $0, tight: tight)
            }.flatMap { $0 }
            if ordered {
                return (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n", items, "</ol>\n")
            }
            return ("<ul>\n", items, "</ul>\n")
        case .item: return ("", item(node, tight: false), "")
        case .codeBlock(let info, let code):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            let body = language == "swift" ? SwiftHighlighter.highlight(code) : HTML.escape(code)
            let cls = language.isEmpty ? "" : " class=\"language-\(HTML.escape(language))\""
            return ("<pre><code\(cls)>\(body)</code></pre>\n", [], "")
        case .htmlBlock(let raw), .htmlInline(let raw):
            let (html, changes) = HTMLSanitizer.sanitizeReporting(raw)
            for change in changes { warn("raw HTML made safe: \(change) is not kept live") }
            return (html, [], "")
        case .paragraph: return ("<p>", children, "</p>\n")
        case .heading(let level):
            let text = node.plainText
            let anchor = anchorPrefix + Heading.anchor(for: text, used: &usedAnchors)
            headings.append(Heading(level: level, text: text, anchor: anchor))
            return (
                "<h\(level) id=\"\(anchor)\">", children,
                "<a class=\"anchor\" href=\"#\(anchor)\" aria-label=\"Link to this section\">#</a>"
                    + "</h\(level)>\n"
            )
        case .thematicBreak: return ("<hr>\n", [], "")
        case .table(let alignments):
            return (
                "<div class=\"table-wrap\"><table>\n", table(node, alignments), "</table></div>\n"
            )
        case .footnoteDefinition(let label):
            let back =
                " <a class=\"footnote-back\" href=\"#\(anchorPrefix)fnref-\(HTML.escape(label))\""
                + " aria-label=\"Back to the text\">↩</a>"
            let open = "<li id=\"\(anchorPrefix)fn-\(HTML.escape(label))\">"
            // The back link ends the note's last paragraph, as a reader expects, not a line
            // of its own below it.
            if let last = node.children.last, case .paragraph = last.kind {
                let body = node.children.dropLast().map(Step.node)
                return (
                    open, body + [.html("<p>"), .inline(last), .html("\(back)</p>\n")], "</li>\n"
                )
            }
            return (open, children, "\(back)</li>\n")
        case .text(let s): return (HTML.escape(s), [], "")
        case .softBreak: return ("\n", [], "")
        case .lineBreak: return ("<br>\n", [], "")
        case .code(let s): return ("<code>\(HTML.escape(s))</code>", [], "")
        case .emphasis: return ("<em>", children, "</em>")
        case .strong: return ("<strong>", children, "</strong>")
        case .strikethrough: return ("<del>", children, "</del>")
        case .link(let destination, let title):
            let t = title.isEmpty ? "" : " title=\"\(HTML.escape(title))\""
            let href = URLSafety.isSafe(destination) ? destination : ""
            if href.isEmpty && !destination.isEmpty {
                warn("link to a URL that runs code ('\(destination.prefix(40))') is not kept")
            }
            return ("<a href=\"\(HTML.escape(href))\"\(t)>", children, "</a>")
        case .image(let source, let title):
            let t = title.isEmpty ? "" : " title=\"\(HTML.escape(title))\""
            let src = URLSafety.isSafe(source, isImageSource: true) ? source : ""
            if src.isEmpty && !source.isEmpty {
                warn("image from a URL that runs code ('\(source.prefix(40))') is not kept")
            }
            return (
                "<img src=\"\(HTML.escape(src))\" alt=\"\(HTML.escape(node.plainText))\"\(t)>", [],
                ""
            )
        case .footnoteReference(let label):
            return (
                "<sup class=\"footnote-ref\"><a href=\"#\(anchorPrefix)fn-\(HTML.escape(label))\""
                    + " id=\"\(anchorPrefix)fnref-\(HTML.escape(label))\">\(HTML.escape(label))</a></sup>",
                [], ""
            )
        case .math(let tex, let display):
            let rendered = MathML.render(tex, display: display, at: node.range?.start)
            if let problem = rendered.problem { diagnostics.append(problem) }
            return (rendered.html, [], "")
        }
    }

    private mutating func warn(_ message: String) {
        let at = nearestRange ?? SourceRange(SourceLocation(file: "", line: 0, column: 0))
        diagnostics.append(Diagnostic(.warning, message, at: SourceRange(at.start)))
    }

    /// The steps of a list item: a paragraph of a tight list shows its content without `<p>`.
    private func item(_ item: MarkdownNode, tight: Bool) -> [Step] {
        let body = item.children.map { child -> Step in
            if tight, case .paragraph = child.kind { return .inline(child) }
            return .node(child)
        }
        if case .item(let checked?) = item.kind {
            let box = "<input type=\"checkbox\" disabled\(checked ? " checked" : "")> "
            return [.html("<li class=\"task\">\(box)")] + body + [.html("</li>\n")]
        }
        return [.html("<li>")] + body + [.html("</li>\n")]
    }

    /// The steps of a table: a head row, then the body rows, cells aligned by column.
    private func table(_ node: MarkdownNode, _ alignments: [MarkdownNode.Alignment]) -> [Step] {
        var rows = node.children
        guard !rows.isEmpty else { return [] }
        let head = rows.removeFirst()
        var steps: [Step] =
            [.html("<thead>\n")] + row(head, cell: "th", alignments) + [.html("</thead>\n")]
        if !rows.isEmpty {
            steps +=
                [.html("<tbody>\n")] + rows.flatMap { row($0, cell: "td", alignments) }
                + [.html("</tbody>\n")]
        }
        return steps
    }

    private func row(_ row: MarkdownNode, cell: String, _ alignments: [MarkdownNode.Alignment])
        -> [Step]
    {
        var steps: [Step] = [.html("<tr>")]
        for (i, c) in row.children.enumerated() {
            let align =
                i < alignments.count && alignments[i] != .none
                ? " style=\"text-align: \(alignments[i].rawValue)\"" : ""
            steps.append(.html("<\(cell)\(align)>"))
            steps += c.children.map(Step.node)
            steps.append(.html("</\(cell)>"))
        }
        return steps + [.html("</tr>\n")]
    }
}
