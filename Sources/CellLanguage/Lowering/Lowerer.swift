import Diagnostics
import SwiftSyntax

/// Lowers a folded SwiftSyntax tree to the cell language's AST, resolving every name.
///
/// Unsupported constructs do not stop lowering: each is recorded with its location and replaced
/// by a placeholder, so a cell reports all of its problems at once.
final class Lowerer {
    let converter: SourceLocationConverter
    let mapLocation: (Int, Int) -> Diagnostics.SourceLocation
    let scopes: Scopes
    let builtins: BuiltinRegistry
    var diagnostics: [Diagnostics.Diagnostic] = []
    /// Depth of loops being lowered (for `break`/`continue` outside a loop).
    var loopDepth = 0
    /// Whether a function body is being lowered (for `return` at top level).
    var functionDepth = 0
    /// Per function being lowered, innermost last: whether `$0`, `$1` … are its parameters.
    var closureShorthand: [Bool] = []
    /// Depth of `switch` statements being lowered (for `break` inside a case).
    var switchDepth = 0

    init(converter: SourceLocationConverter, mapLocation: @escaping (Int, Int) -> Diagnostics.SourceLocation,
         scopes: Scopes, builtins: BuiltinRegistry) {
        self.converter = converter
        self.mapLocation = mapLocation
        self.scopes = scopes
        self.builtins = builtins
    }

    // MARK: - Locations

    func location(_ position: AbsolutePosition) -> Diagnostics.SourceLocation {
        let l = converter.location(for: position)
        return mapLocation(l.line, l.column)
    }

    func range(_ node: some SyntaxProtocol) -> Diagnostics.SourceRange {
        Diagnostics.SourceRange(start: location(node.positionAfterSkippingLeadingTrivia),
                    end: location(node.endPositionBeforeTrailingTrivia))
    }

    func error(_ message: String, _ node: some SyntaxProtocol, fixIts: [Diagnostics.Diagnostic.FixIt] = []) {
        diagnostics.append(Diagnostics.Diagnostic(.error, message, at: range(node), fixIts: fixIts))
    }

    func unsupported(_ what: String, _ node: some SyntaxProtocol) {
        error("\(what) is not supported in cells", node)
    }

    // MARK: - Entry point

    /// Lowers the statements of a cell. Functions declared at the top level are declared
    /// first, so a cell can call a function it declares further down (as in a Swift script).
    func lowerTopLevel(_ items: CodeBlockItemListSyntax) -> [Stmt] {
        predeclareFunctions(items)
        return lowerItems(items)
    }

    func predeclareFunctions(_ items: CodeBlockItemListSyntax) {
        for item in items {
            if let f = item.item.as(FunctionDeclSyntax.self) {
                let name = f.name.text
                if scopes.lookup(name) == nil || !scopes.isTopLevel {
                    if scopes.declare(name, isLet: true) == nil {
                        error("invalid redeclaration of '\(name)'", f.name)
                    }
                } else {
                    error("invalid redeclaration of '\(name)'", f.name)
                }
            }
        }
    }

    func lowerItems(_ items: CodeBlockItemListSyntax) -> [Stmt] {
        var out: [Stmt] = []
        for item in items {
            switch item.item {
            case .decl(let d): out.append(contentsOf: lowerDecl(d))
            case .stmt(let s): out.append(contentsOf: lowerStmt(s))
            case .expr(let e): out.append(Stmt(.expression(lowerExpr(e)), range: range(e)))
            }
        }
        return out
    }

    /// Lowers a `{ … }` body in a new block scope.
    func lowerBlock(_ block: CodeBlockSyntax) -> [Stmt] {
        scopes.pushBlock()
        defer { scopes.popBlock() }
        predeclareFunctions(block.statements)
        return lowerItems(block.statements)
    }

    /// An expression standing in for one that could not be lowered.
    func placeholder(_ node: some SyntaxProtocol) -> Expr {
        Expr(.nilLiteral, range: range(node), text: node.trimmedDescription)
    }
}
