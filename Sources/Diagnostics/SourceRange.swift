/// A half-open range of source text, `start..<end`, in one file.
///
/// The one range type of the project: cell-relative positions are shifted into chapter
/// coordinates before a range is made, so every error points into the Markdown file.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range covering one location (a caret without tildes).
    public init(_ location: SourceLocation) {
        self.start = location
        self.end = location
    }

    public var file: String { start.file }
    public var description: String { start.description }

    /// The smallest range covering both ranges (same file assumed).
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
