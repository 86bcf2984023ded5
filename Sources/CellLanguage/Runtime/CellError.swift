import Diagnostics

/// An error that ended a cell: syntax, lowering or run time, always located in the chapter.
public struct CellError: Error, Sendable, CustomStringConvertible {
    public enum Phase: String, Sendable {
        case syntax, lowering, runtime
    }

    public var phase: Phase
    /// All diagnostics of the phase (lowering reports every unsupported construct at once).
    public var diagnostics: [Diagnostic]

    public init(phase: Phase, diagnostics: [Diagnostic]) {
        self.phase = phase
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    /// The first diagnostic's message, without location.
    public var message: String { diagnostics.first?.message ?? "error" }
}

/// A failed `#expect` or `#require`.
public struct ExpectationFailure: Sendable, Hashable {
    /// `expectation failed: (accuracy → 0.8132) > 0.85`
    public var message: String
    public var range: SourceRange
    public var isRequire: Bool
}

/// A run-time error raised while interpreting (turned into a `CellError` at the cell boundary).
struct RuntimeError: Error {
    var message: String
    var range: SourceRange
    var notes: [Diagnostic] = []
    /// The error value when the error can be caught (`throw`, or a failure the engine throws);
    /// nil for traps such as division by zero or the time limit, which `catch` never catches.
    var thrown: Value?

    init(_ message: String, at range: SourceRange, notes: [Diagnostic] = [], thrown: Value? = nil) {
        self.message = message
        self.range = range
        self.notes = notes
        self.thrown = thrown
    }
}

/// Thrown by `#require` to stop the chapter after recording its failure.
struct RequirementFailed: Error {}
