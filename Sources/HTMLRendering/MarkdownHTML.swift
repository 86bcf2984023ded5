import Notebook

/// Renders a chapter's Markdown nodes as HTML (CommonMark's HTML conventions, GFM tables and
/// task lists, footnotes, MathML for math).
struct MarkdownHTML {
    /// Anchor ids already used on the page, so repeated headings get `-1`, `-2` suffixes.
    var usedAnchors: [String: Int] = [:]
    /// Headings seen, for the table of contents: (level, text, anchor).
    var headings: [(level: Int, text: String, anchor: String)] = []

    mutating func render(_ node: MarkdownNode) -> String {
        let inner = { (me: inout MarkdownHTML) -> String in node.children.map { me.render($0) }.joined() }
        switch node.kind {
        case .document: return inner(&self)
        case .blockQuote: return "<blockquote>\n\(inner(&self))</blockquote>\n"
        case .list(let ordered, let start, _):
            let items = node.children.map { renderItem($0, tight: isTight(node)) }.joined()
            if ordered {
                return start == 1 ? "<ol>\n\(items)</ol>\n" : "<ol start=\"\(start)\">\n\(items)</ol>\n"
            }
            return "<ul>\n\(items)</ul>\n"
        case .item: return renderItem(node, tight: false)
        case .codeBlock(let info, let code):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            let body = language == "swift" ? SwiftHighlighter.highlight(code) : HTML.escape(code)
            let cls = language.isEmpty ? "" : " class=\"language-\(HTML.escape(language))\""
            return "<pre><code\(cls)>\(body)</code></pre>\n"
        case .htmlBlock(let raw): return raw
        case .paragraph: return "<p>\(inner(&self))</p>\n"
        case .heading(let level):
            let text = node.plainText
            var anchor = HTML.slug(text)
            if let n = usedAnchors[anchor] {
                usedAnchors[anchor] = n + 1
                anchor += "-\(n + 1)"
            } else {
                usedAnchors[anchor] = 0
            }
            headings.append((level, text, anchor))
            return "<h\(level) id=\"\(anchor)\">\(inner(&self))<a class=\"anchor\" href=\"#\(anchor)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        case .thematicBreak: return "<hr>\n"
        case .table(let alignments):
            var rows = node.children
            let head = rows.isEmpty ? nil : rows.removeFirst()
            var out = "<div class=\"table-wrap\"><table>\n"
            if let head { out += "<thead>\n" + renderRow(head, cell: "th", alignments: alignments) + "</thead>\n" }
            if !rows.isEmpty {
                out += "<tbody>\n" + rows.map { renderRow($0, cell: "td", alignments: alignments) }.joined() + "</tbody>\n"
            }
            return out + "</table></div>\n"
        case .tableRow, .tableCell: return inner(&self)
        case .footnoteDefinition(let label):
            let back = " <a class=\"footnote-back\" href=\"#fnref-\(HTML.escape(label))\" aria-label=\"Back to the text\">↩</a>"
            return "<li id=\"fn-\(HTML.escape(label))\">\(inner(&self))\(back)</li>\n"
        case .text(let s): return HTML.escape(s)
        case .softBreak: return "\n"
        case .lineBreak: return "<br>\n"
        case .code(let s): return "<code>\(HTML.escape(s))</code>"
        case .htmlInline(let raw): return raw
        case .emphasis: return "<em>\(inner(&self))</em>"
        case .strong: return "<strong>\(inner(&self))</strong>"
        case .strikethrough: return "<del>\(inner(&self))</del>"
        case .link(let destination, let title):
            let t = title.isEmpty ? "" : " title=\"\(HTML.escape(title))\""
            return "<a href=\"\(HTML.escape(destination))\"\(t)>\(inner(&self))</a>"
        case .image(let source, let title):
            let t = title.isEmpty ? "" : " title=\"\(HTML.escape(title))\""
            return "<img src=\"\(HTML.escape(source))\" alt=\"\(HTML.escape(node.plainText))\"\(t)>"
        case .footnoteReference(let label):
            return "<sup class=\"footnote-ref\"><a href=\"#fn-\(HTML.escape(label))\" id=\"fnref-\(HTML.escape(label))\">\(HTML.escape(label))</a></sup>"
        case .math(let tex, let display):
            return MathML.render(tex, display: display)
        }
    }

    private func isTight(_ list: MarkdownNode) -> Bool {
        if case .list(_, _, let tight) = list.kind { return tight }
        return false
    }

    private mutating func renderItem(_ item: MarkdownNode, tight: Bool) -> String {
        var body = ""
        for child in item.children {
            if tight, case .paragraph = child.kind {
                body += child.children.map { render($0) }.joined()
            } else {
                body += render(child)
            }
        }
        if case .item(let checked?) = item.kind {
            let box = "<input type=\"checkbox\" disabled\(checked ? " checked" : "")> "
            return "<li class=\"task\">\(box)\(body)</li>\n"
        }
        return "<li>\(body)</li>\n"
    }

    private mutating func renderRow(_ row: MarkdownNode, cell: String, alignments: [MarkdownNode.Alignment]) -> String {
        var out = "<tr>"
        for (i, c) in row.children.enumerated() {
            let align = i < alignments.count && alignments[i] != .none ? " style=\"text-align: \(alignments[i].rawValue)\"" : ""
            out += "<\(cell)\(align)>" + c.children.map { render($0) }.joined() + "</\(cell)>"
        }
        return out + "</tr>\n"
    }
}
