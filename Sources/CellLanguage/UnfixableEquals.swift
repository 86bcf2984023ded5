import SwiftSyntax

/// A guard against a fatal error in swift-syntax 603: for an `=` that the lexer reports as
/// having inconsistent whitespace on its two sides, `ParseDiagnosticsGenerator` builds a
/// Fix-It that adds the missing space; when both sides already hold a space or tab (an
/// unprintable character such as U+0003 sits between them, as in `let x \u{3}= 1`), the Fix-It
/// has no change and swift-syntax stops the process ("A Fix-It must have at least one change
/// associated with it"). Such a cell gets the compiler's message from here instead.
enum UnfixableEquals {
    /// The first `=` whose diagnostic swift-syntax cannot build, if any.
    static func first(in tree: SourceFileSyntax) -> TokenSyntax? {
        for token in tree.tokens(viewMode: .all)
        where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides {
            let before =
                token.previousToken(viewMode: .all)?.trailingTrivia.contains { $0.isSpaceOrTab }
                ?? false
            let after = token.trailingTrivia.contains { $0.isSpaceOrTab }
            if before && after { return token }
        }
        return nil
    }
}
