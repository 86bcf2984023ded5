import Testing
@testable import Diagnostics

@Suite struct DiagnosticFormatterTests {
    let text = SourceText(file: "ch.md", text: "# T\n\tlet y = weigths * x\nlet é = 1\n")

    @Test func formatsLocationMessageLineAndCaret() {
        let d = Diagnostic(.error, "cannot find 'weigths' in scope",
                           at: SourceRange(start: SourceLocation(file: "ch.md", line: 2, column: 10),
                                           end: SourceLocation(file: "ch.md", line: 2, column: 17)))
        let out = DiagnosticFormatter(sources: [text]).format(d)
        #expect(out == "ch.md:2:10: error: cannot find 'weigths' in scope\n\tlet y = weigths * x\n\t        ^~~~~~~")
    }

    @Test func caretCountsCharactersNotBytes() {
        let d = Diagnostic(.error, "e", at: SourceRange(SourceLocation(file: "ch.md", line: 3, column: 9)))
        #expect(DiagnosticFormatter(sources: [text]).format(d) == "ch.md:3:9: error: e\nlet é = 1\n       ^")
    }

    @Test func unknownFileGivesTheOneLineForm() {
        let d = Diagnostic(.warning, "w", at: SourceRange(SourceLocation(file: "other.md", line: 1, column: 1)))
        #expect(DiagnosticFormatter(sources: [text]).format(d) == "other.md:1:1: warning: w")
    }

    @Test func suggestionsUseEditDistance() {
        #expect(Suggestions.closest(to: "activaton", among: ["activation", "units", "useBias"]) == "activation")
        #expect(Suggestions.closest(to: "zzz", among: ["activation"]) == nil)
        #expect(Suggestions.distance("ab", "ba") == 1)
    }
}
