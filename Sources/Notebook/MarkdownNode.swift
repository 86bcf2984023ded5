import Diagnostics

/// A node of a chapter's Markdown tree, converted from cmark-gfm's tree so that nothing above
/// `Notebook` sees cmark's types. Math spans found by `MathProtector` appear as `.math` nodes.
public struct MarkdownNode: Hashable, Sendable {
    /// Column alignment of a GFM table.
    public enum Alignment: String, Hashable, Sendable {
        case none, left, center, right
    }

    public enum Kind: Hashable, Sendable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item; `checked` is non-nil for a GFM task-list item.
        case item(checked: Bool?)
        case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case table(alignments: [Alignment])
        case tableRow(header: Bool)
        case tableCell
        case footnoteDefinition(label: String)
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        case footnoteReference(label: String)
        /// TeX math, `$…$` (inline) or `$$…$$` (display).
        case math(tex: String, display: Bool)
    }

    public var kind: Kind
    public var children: [MarkdownNode]
    /// Where the node is in the chapter file (block nodes; inline nodes may have none).
    public var range: SourceRange?

    public init(_ kind: Kind, children: [MarkdownNode] = [], range: SourceRange? = nil) {
        self.kind = kind
        self.children = children
        self.range = range
    }

    /// The concatenated text of the node's descendants (headings' plain titles, anchors).
    /// Walks with its own stack, so a deeply nested node cannot exhaust the thread's stack.
    public var plainText: String {
        var out = ""
        var stack: [MarkdownNode] = [self]
        while let node = stack.popLast() {
            switch node.kind {
            case .text(let s), .code(let s): out += s
            case .math(let tex, _): out += tex
            case .softBreak, .lineBreak: out += " "
            default: stack.append(contentsOf: node.children.reversed())
            }
        }
        return out
    }
}
