import Diagnostics

/// One parsed chapter: its Markdown blocks and executable cells, in document order.
public struct Chapter: Hashable, Sendable {
    /// A top-level piece of the chapter.
    public enum Block: Hashable, Sendable {
        case markdown(MarkdownNode)
        case cell(Cell)
    }

    /// The path the chapter was read from, as the user named it.
    public var file: String
    /// The full text of the chapter file (for diagnostics' source lines).
    public var text: String
    /// The text of the first level-1 heading, or the file name without extension.
    public var title: String
    public var blocks: [Block]
    /// Footnote definitions, which cmark-gfm moves to the end of the document.
    public var footnotes: [MarkdownNode]

    public init(
        file: String, text: String, title: String, blocks: [Block], footnotes: [MarkdownNode]
    ) {
        self.file = file
        self.text = text
        self.title = title
        self.blocks = blocks
        self.footnotes = footnotes
    }

    /// The executable cells, in order.
    public var cells: [Cell] {
        blocks.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
    }

    /// The chapter's text for the diagnostic formatter.
    public var sourceText: SourceText { SourceText(file: file, text: text) }
}
