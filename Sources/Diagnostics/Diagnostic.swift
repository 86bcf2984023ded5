/// A message about the user's input, located in a source file.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    /// A replacement the user can apply: "did you mean 'activation'?"
    public struct FixIt: Hashable, Sendable {
        public var message: String
        public var range: SourceRange
        public var replacement: String

        public init(message: String, range: SourceRange, replacement: String) {
            self.message = message
            self.range = range
            self.replacement = replacement
        }
    }

    public var severity: Severity
    public var message: String
    public var range: SourceRange
    /// Secondary messages, each at its own location (shown after the main one).
    public var notes: [Diagnostic]
    public var fixIts: [FixIt]

    public init(
        _ severity: Severity = .error, _ message: String, at range: SourceRange,
        notes: [Diagnostic] = [], fixIts: [FixIt] = []
    ) {
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    /// One line: `file:line:col: error: message`.
    public var description: String { "\(range.start): \(severity.rawValue): \(message)" }
}

/// Several diagnostics thrown together (a phase reports everything it found at once).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
