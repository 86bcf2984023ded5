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
    /// Types whose methods are being lowered, innermost last, with the member names their
    /// bodies may use without `self.`.
    var typeContexts: [(decl: TypeDecl, members: Set<String>)] = []
    /// Names of the methods being lowered (`init` may assign `let` properties).
    var methodNames: [String] = []
    /// An arithmetic expression made of numeric literals only.
    func isLiteralArithmetic(_ e: Expr) -> Bool {
        switch e.kind {
        case .intLiteral, .doubleLiteral: return true
        case .prefix(.negate, let x): return isLiteralArithmetic(x)
        case .binary(let op, let l, let r):
            return [.add, .subtract, .multiply, .divide].contains(op) && isLiteralArithmetic(l)
                && isLiteralArithmetic(r)
        default: return false
        }
    }

    /// For each generic function being lowered: its generic parameters and, for each, the
    /// parameter whose value has that type (`T` → `value` in `func reset<T>(_ value: inout T)`).
    var genericWitnesses: [[String: String]] = []

    /// Standard-library and Foundation names a learner meets in tutorials that cells do not
    /// have yet: refused by name, not as unknown names.
    static let unsupportedStandardNames: Set<String> = [
        "Result", "CharacterSet", "UInt", "UInt16", "UInt32", "UInt64", "Int8", "Int16", "Int32",
        "Int64",
        "Date", "DateFormatter", "NumberFormatter", "Data", "URL", "Decimal",
        "IndexSet", "NSRegularExpression", "Calendar", "Timer", "DispatchQueue",
    ]

    /// The qualified names of the types whose declarations are being lowered, innermost last
    /// (`Card`, then `Card.Suit`): the types nested in them are visible by their own name.
    var enclosingTypeNames: [String] = []

    /// The qualified name of the nested type `name` visible here (`Suit` inside `Card` or an
    /// extension of it is `Card.Suit`), searching the enclosing types from the innermost out.
    func nestedTypeName(_ name: String) -> String? {
        for outer in enclosingTypeNames.reversed() {
            let qualified = outer + "." + name
            if scopes.lookup(qualified) != nil { return qualified }
        }
        return nil
    }

    /// The types whose members are being lowered: their static members are visible by name.
    var staticTypes: [(decl: TypeDecl, names: Set<String>)] = []

    /// Set while lowering the second and later patterns of one `case`, which bind the names
    /// the first one declared.
    var reusesCaseBindings = false

    /// The binding a later pattern of a `case` shares with the first one.
    func rebinding(_ name: String) -> Binding? {
        reusesCaseBindings ? scopes.lookup(name)?.binding : nil
    }

    /// Set while lowering the arguments of `reduce(into:_:)`: the next closure's first
    /// parameter is `inout` (the accumulator it changes).
    var nextClosureTakesInout = false

    /// Names of functions declared more than once in a block (overloads).
    var overloadedFunctionNames: Set<String> = []

    /// Declared return types of the functions being lowered, innermost last.
    var returnTypes: [TypeName?] = []

    /// A numeric literal written where a `Double` is expected becomes a Double literal, as
    /// Swift's literal typing does (`func f() -> Double { 0 }`).
    func adapt(_ e: Expr, to type: TypeName?) -> Expr {
        guard let type else { return e }
        switch (type, e.kind) {
        case (.named("Double"), .binary(let op, let l, let r)) where isLiteralArithmetic(e),
            (.named("Float"), .binary(let op, let l, let r)) where isLiteralArithmetic(e):
            // `let h: Double = 1 / 2` is 0.5: every literal of the expression is a Double.
            return Expr(
                .binary(op, adapt(l, to: type), adapt(r, to: type)), range: e.range, text: e.text)
        case (_, .ternary(let c, let t, let f)):
            return Expr(
                .ternary(c, adapt(t, to: type), adapt(f, to: type)), range: e.range, text: e.text)
        case (.tuple(let types, _), .tuple(let elements)) where types.count == elements.count:
            return Expr(
                .tuple(zip(types, elements).map { ($1.label, adapt($1.value, to: $0)) }),
                range: e.range, text: e.text)
        case (.dictionary(let keyType, let valueType), .dictionaryLiteral(let pairs)):
            return Expr(
                .dictionaryLiteral(
                    pairs.map { (adapt($0.key, to: keyType), adapt($0.value, to: valueType)) }),
                range: e.range, text: e.text)
        case (.optional(let inner), _) where !e.isNumericLiteral:
            return adapt(e, to: inner)
        case (.named(let n), .implicitMember(let member)):
            // `let d: Direction = .north`: the member of the annotated enum.
            if let base = enumTypeExpr(n, e) {
                return Expr(.member(base, member), range: e.range, text: e.text)
            }
        case (.named(let n), .call(let callee, let args)):
            if case .implicitMember(let member) = callee.kind, let base = enumTypeExpr(n, e) {
                let resolved = Expr(.member(base, member), range: callee.range, text: callee.text)
                return Expr(.call(resolved, args), range: e.range, text: e.text)
            }
        case (.array(let element), .arrayLiteral(let items)) where !e.isNumericLiteral:
            // `let data: [([Double], Int)] = [([1, 1], 1)]`: each element takes the element type.
            return Expr(
                .arrayLiteral(items.map { adapt($0, to: element) }), range: e.range, text: e.text)
        default: break
        }
        guard e.isNumericLiteral else { return e }
        switch (type, e.kind) {
        case (.named("Double"), .intLiteral(let v)), (.named("Float"), .intLiteral(let v)):
            return Expr(.doubleLiteral(Double(v)), range: e.range, text: e.text)
        case (.optional(let inner), _): return adapt(e, to: inner)
        case (.array(let element), .arrayLiteral(let items)):
            return Expr(
                .arrayLiteral(items.map { adapt($0, to: element) }), range: e.range, text: e.text)
        default: return e
        }
    }

    /// The name of the enum `name` as an expression, when the cells declare such an enum.
    func enumTypeExpr(_ name: String, _ e: Expr) -> Expr? {
        guard scopes.globals.typeDecl(name)?.isEnum == true, let entry = scopes.lookup(name) else {
            return nil
        }
        return Expr(.name(entry.binding, name), range: e.range, text: name)
    }

    init(
        converter: SourceLocationConverter,
        mapLocation: @escaping (Int, Int) -> Diagnostics.SourceLocation,
        scopes: Scopes, builtins: BuiltinRegistry
    ) {
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
        Diagnostics.SourceRange(
            start: location(node.positionAfterSkippingLeadingTrivia),
            end: location(node.endPositionBeforeTrailingTrivia))
    }

    func error(
        _ message: String, _ node: some SyntaxProtocol, fixIts: [Diagnostics.Diagnostic.FixIt] = []
    ) {
        diagnostics.append(Diagnostics.Diagnostic(.error, message, at: range(node), fixIts: fixIts))
    }

    func unsupported(_ what: String, _ node: some SyntaxProtocol) {
        error("\(what) is not supported in cells yet", node)
    }

    // MARK: - Entry point

    /// Lowers the statements of a cell. Functions declared at the top level are declared
    /// first, so a cell can call a function it declares further down (as in a Swift script).
    func lowerTopLevel(_ items: CodeBlockItemListSyntax) -> [Stmt] {
        predeclareFunctions(items)
        return lowerItems(items)
    }

    /// Declares the functions and types of a block before its statements are lowered, so they
    /// can be used above their declaration (as in a Swift script).
    func predeclareFunctions(_ items: CodeBlockItemListSyntax) {
        var functionNames: Set<String> = []
        for item in items {
            let token: TokenSyntax
            if let f = item.item.as(FunctionDeclSyntax.self) {
                // Functions of one name in one block are overloads (by labels or types).
                if !functionNames.insert(f.name.text).inserted {
                    overloadedFunctionNames.insert(f.name.text)
                    continue
                }
                token = f.name
            } else if let s = item.item.as(StructDeclSyntax.self) {
                token = s.name
            } else if let c = item.item.as(ClassDeclSyntax.self) {
                token = c.name
            } else if let e = item.item.as(EnumDeclSyntax.self) {
                token = e.name
            } else {
                continue
            }
            if scopes.declare(token.text, isLet: true) == nil {
                error("invalid redeclaration of '\(token.text)'", token)
            }
            predeclareNestedTypes(item.item.as(DeclSyntax.self), in: token.text)
        }
    }

    /// Declares the types nested in a type's body by their qualified names (`Card.Suit`),
    /// which no cell code can write as one name: they are reached through ``nestedTypeName(_:)``
    /// and member access on the enclosing type.
    func predeclareNestedTypes(_ decl: DeclSyntax?, in outer: String) {
        guard let members = decl.flatMap(Self.memberBlock) else { return }
        for member in members {
            guard let name = Self.nominalTypeName(member.decl) else { continue }
            let qualified = outer + "." + name.text
            if scopes.declare(qualified, isLet: true) == nil {
                error("invalid redeclaration of '\(name.text)'", name)
                continue
            }
            predeclareNestedTypes(member.decl, in: qualified)
        }
    }

    /// The name of a `struct`, `class` or `enum` declaration.
    static func nominalTypeName(_ decl: DeclSyntax) -> TokenSyntax? {
        decl.as(StructDeclSyntax.self)?.name ?? decl.as(ClassDeclSyntax.self)?.name
            ?? decl.as(EnumDeclSyntax.self)?.name
    }

    /// The members of a `struct`, `class` or `enum` declaration.
    static func memberBlock(_ decl: DeclSyntax) -> MemberBlockItemListSyntax? {
        decl.as(StructDeclSyntax.self)?.memberBlock.members
            ?? decl.as(ClassDeclSyntax.self)?.memberBlock.members
            ?? decl.as(EnumDeclSyntax.self)?.memberBlock.members
    }

    func lowerItems(_ items: CodeBlockItemListSyntax) -> [Stmt] {
        var out: [Stmt] = []
        for item in items {
            switch item.item {
            case .decl(let d): out.append(contentsOf: lowerDecl(d))
            case .stmt(let s): out.append(contentsOf: lowerStmt(s))
            case .expr(let e): out.append(lowerExpressionStatement(e))
            }
        }
        // Function declarations are hoisted to the start of their block, so a block can call a
        // function declared further down (they have no effect of their own when they run).
        let functions = out.filter { if case .function = $0.kind { true } else { false } }
        guard !functions.isEmpty else { return out }
        return functions + out.filter { if case .function = $0.kind { false } else { true } }
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
