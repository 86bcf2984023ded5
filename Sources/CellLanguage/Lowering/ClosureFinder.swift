import SwiftSyntax

/// Finds closures and nested functions in a loop body (they may capture the loop variable).
final class ClosureFinder: SyntaxVisitor {
    private(set) var found = false

    static func containsClosure(_ node: some SyntaxProtocol) -> Bool {
        let finder = ClosureFinder(viewMode: .sourceAccurate)
        finder.walk(node)
        return finder.found
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }
}
