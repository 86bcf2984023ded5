import Diagnostics

/// An executable `swift` cell of a chapter.
public struct Cell: Hashable, Sendable {
    /// 0-based position among the chapter's cells.
    public var index: Int
    public var options: CellOptions
    /// The code between the fences, exactly as cmark-gfm hands it over (container indentation
    /// removed), ending with a newline.
    public var source: String
    /// Where the whole fenced block (fences included) is in the chapter.
    public var range: SourceRange
    /// Maps positions in `source` back to the chapter file.
    public var sourceMap: CellSourceMap
    /// The `output` block that directly follows the cell, if any.
    public var expectedOutput: OutputExpectation?

    public init(
        index: Int, options: CellOptions, source: String, range: SourceRange,
        sourceMap: CellSourceMap, expectedOutput: OutputExpectation? = nil
    ) {
        self.index = index
        self.options = options
        self.source = source
        self.range = range
        self.sourceMap = sourceMap
        self.expectedOutput = expectedOutput
    }

    /// The cell's name for messages: its `id=` or "cell N" (1-based).
    public var displayName: String { options.id ?? "cell \(index + 1)" }
}

/// The text a cell must print, from a fenced block with info string `output` right after it.
public struct OutputExpectation: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
