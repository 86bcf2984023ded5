/// JSON text nested deeper than a reader accepts (see `JSONNesting`).
public struct JSONNestingError: Error, Equatable, CustomStringConvertible {
    /// The 0-based byte offset of the first bracket too deep.
    public var offset: Int

    public var description: String { "JSON " + JSONNesting.reason(offset: offset) }
}
