import CellLanguage
import Diagnostics
import Notebook

/// One checked expectation of a chapter: a cell that must run (or fail), an `output` block,
/// an `#expect` or `#require`.
public struct Check: Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        case cellRuns = "cell runs", cellFails = "cell fails", output = "output", expectation = "expectation"
        case structure = "chapter structure"
    }

    public var kind: Kind
    public var name: String
    public var passed: Bool
    /// For a failure: the formatted diagnostic (location, message, caret, diff).
    public var message: String?
    /// The index of the cell the check belongs to (nil for the chapter's structure).
    public var cell: Int? = nil
}

/// Everything that happened when a chapter ran.
public struct ChapterReport: Sendable {
    public var file: String
    public var chapter: Chapter?
    public var results: [Int: CellResult] = [:]
    public var checks: [Check] = []
    /// Structure problems and read errors, formatted.
    public var problems: [String] = []
    /// Whether the chapter file could not be read as text (exit code 2).
    public var unreadable = false
    public var duration: Double = 0
    /// The files the chapter's cells read (resolved paths).
    public var filesRead: [String] = []

    public var passed: Int { checks.filter(\.passed).count }
    public var failed: Int { checks.filter { !$0.passed }.count }
}
