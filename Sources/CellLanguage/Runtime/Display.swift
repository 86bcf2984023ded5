/// A rich output of a cell: what the page shows for a displayed value.
public enum Display: Hashable, Sendable {
    /// Plain text, shown preformatted.
    case text(String)
    /// A table with a header row, shown as an HTML table (and aligned text in the terminal).
    case table(header: [String], rows: [[String]])
    /// An SVG figure, inlined in the page.
    case svg(String)
}

/// What running one cell produced.
public struct CellResult: Sendable {
    /// Everything the cell printed, in order.
    public var stdout: String = ""
    /// Rich outputs in order (`display(_:)` calls, then the value of the last expression).
    public var displays: [Display] = []
    /// Interleaving of printed text and displays, in the order they happened.
    public var outputs: [Output] = []
    /// Failed `#expect`s and `#require`s (a passing one records nothing here).
    public var failedExpectations: [ExpectationFailure] = []
    /// Number of expectations evaluated (passed or failed).
    public var expectationCount = 0
    /// A `#require` failed: the chapter stops after this cell.
    public var requirementFailed = false
    /// The error that ended the cell, if any.
    public var error: CellError?
    /// Wall-clock seconds the cell took.
    public var duration: Double = 0

    public init() {}

    public enum Output: Hashable, Sendable {
        case text(String)
        case display(Display)
    }
}
