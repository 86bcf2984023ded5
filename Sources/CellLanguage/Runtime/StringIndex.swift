import Diagnostics

/// A `String.Index`: a position in a string, counted in Characters from its start (the
/// string's `startIndex` is 0, its `endIndex` its `count`). Made by `startIndex`, `endIndex`,
/// `index(after:)`, `index(_:offsetBy:)`, `firstIndex(of:)` …; compared with `<` and `==`;
/// `text[i]` is a Character and `text[i..<j]` a substring.
final class StringIndex: DisplayableObject {
    let offset: Int

    init(_ offset: Int) { self.offset = offset }

    var typeName: String { "String.Index" }
    var printedDescription: String { "Index(offset: \(offset))" }
    var display: Display { .text(printedDescription) }

    /// The Character offsets `lower..<upper` of a range of indices within a string of `count`
    /// characters, or an error naming the bounds as Swift's trap does.
    static func bounds(
        _ r: StringIndexRange, count: Int, range: SourceRange
    ) throws -> Range<Int> {
        let lower = r.lower ?? 0
        let upper = r.upper ?? count
        guard lower >= 0, upper <= count, lower <= upper else {
            throw RuntimeError(
                "String index range \(lower)..<\(upper) is out of bounds of a string of \(count) characters",
                at: range)
        }
        return lower..<upper
    }

    /// The index `offset` of a string of `count` characters, checked like Swift's (`endIndex`
    /// allowed when `allowEnd`).
    static func checked(_ offset: Int, count: Int, allowEnd: Bool, range: SourceRange) throws
        -> StringIndex
    {
        guard offset >= 0, offset < count || (allowEnd && offset == count) else {
            throw RuntimeError(
                "String index is out of bounds: \(offset) is not in 0..<\(allowEnd ? count + 1 : count)",
                at: range)
        }
        return StringIndex(offset)
    }
}

/// `i..<j`, `i...j`, `..<i` and `i...` of String indices, as Character offsets (`upper`
/// excluded; nil for an open end).
final class StringIndexRange: DisplayableObject {
    let lower: Int?
    let upper: Int?

    init(lower: Int?, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    var typeName: String { "Range<String.Index>" }
    var printedDescription: String {
        "Index(offset: \(lower ?? 0))..<Index(offset: \(upper.map(String.init) ?? "end"))"
    }
    var display: Display { .text(printedDescription) }

    /// A range of two indices (`closed` adds one to the upper bound), checked as Swift's.
    static func make(_ a: StringIndex, _ b: StringIndex, closed: Bool, range: SourceRange) throws
        -> StringIndexRange
    {
        let upper = closed ? b.offset + 1 : b.offset
        guard a.offset <= upper else {
            throw RuntimeError(
                "range requires lowerBound <= upperBound (have index \(a.offset) and \(b.offset))",
                at: range)
        }
        return StringIndexRange(lower: a.offset, upper: upper)
    }
}
