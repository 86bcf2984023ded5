import Diagnostics

/// Maps a (line, column) inside a cell's source to the chapter file.
///
/// cmark-gfm strips the indentation of containers (lists, block quotes) and of the fence from
/// every code line; the map keeps, per cell line, the chapter line and the number of bytes
/// stripped, so columns stay exact inside nested containers.
public struct CellSourceMap: Hashable, Sendable {
    public var file: String
    /// Chapter line of the cell's first source line (the line after the opening fence).
    public var firstLine: Int
    /// Per cell line (0-based): bytes of the chapter line that precede the cell text.
    public var columnOffsets: [Int]

    public init(file: String, firstLine: Int, columnOffsets: [Int]) {
        self.file = file
        self.firstLine = firstLine
        self.columnOffsets = columnOffsets
    }

    /// The chapter location of a 1-based `line`/`column` in the cell source.
    public func location(line: Int, column: Int) -> SourceLocation {
        let offset = line >= 1 && line <= columnOffsets.count ? columnOffsets[line - 1] : 0
        return SourceLocation(file: file, line: firstLine + line - 1, column: column + offset)
    }

    /// The chapter range of a cell-relative range.
    public func range(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) -> SourceRange
    {
        SourceRange(
            start: location(line: startLine, column: startColumn),
            end: location(line: endLine, column: endColumn))
    }
}
