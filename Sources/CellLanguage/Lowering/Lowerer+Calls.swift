import Diagnostics
import SwiftSyntax

extension Lowerer {
    func lowerArguments(_ list: LabeledExprListSyntax) -> [Expr.Argument] {
        list.map {
            Expr.Argument(label: $0.label?.text, value: lowerExpr($0.expression), range: range($0))
        }
    }

    func lowerCall(_ call: FunctionCallExprSyntax, range r: Diagnostics.SourceRange, text: String)
        -> Expr
    {
        var callee: Expr
        let called = call.calledExpression
        // `super.init()` and `super.onEpochEnd(epoch, logs: logs)` in a subclass of an engine
        // class: the engine's base implementations do nothing.
        if let m = called.as(MemberAccessExprSyntax.self), m.base?.is(SuperExprSyntax.self) == true,
            let context = typeContexts.last, context.decl.superclass == nil,
            context.decl.engineBase != nil
        {
            _ = lowerArguments(call.arguments)
            return Expr(.tuple([]), range: r, text: text)
        }
        // `self.init(…)` in an initializer: `self` becomes the value the other initializer makes.
        if let m = called.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "init",
            m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "self",
            methodNames.last == "init",
            let context = typeContexts.last, let typeEntry = scopes.lookup(context.decl.name),
            let me = scopes.lookup("self")
        {
            let typeExpr = Expr(
                .name(typeEntry.binding, context.decl.name), range: range(called),
                text: context.decl.name)
            let made = Expr(.call(typeExpr, lowerArguments(call.arguments)), range: r, text: text)
            let selfExpr = Expr(.name(me.binding, "self"), range: range(called), text: "self")
            return Expr(.assign(selfExpr, made), range: r, text: text)
        }
        // `Swift.max(a, b)`: the standard library's function by its module-qualified name.
        // `[Double](repeating: 0, count: 3)`, `[String: Int]()`: the collection types, called.
        if let a = called.as(ArrayExprSyntax.self), a.elements.count == 1,
            isTypeName(a.elements.first?.expression)
        {
            callee = lowerName("Array", called)
        } else if let d = called.as(DictionaryExprSyntax.self), case .elements(let e) = d.content,
            e.count == 1,
            isTypeName(e.first?.key)
        {
            callee = lowerName("Dictionary", called)
        } else {
            callee = lowerExpr(called)
        }
        if case .member(let base, let name) = callee.kind, case .name(_, let root) = base.kind,
            root != "self",
            let entry = scopes.lookup(root), entry.isLet, isMutatingName(name)
        {
            // An error for a value (a struct, an array), not for a class instance: decided
            // when the call runs and the receiver is known.
            callee.letRoot = root
        }
        // `reduce(into:_:)`: its closure's first parameter is the accumulator it changes.
        var reduceInto = false
        if case .member(_, "reduce") = callee.kind, call.arguments.first?.label?.text == "into" {
            reduceInto = true
        }
        var arguments: [Expr.Argument] = []
        for (i, a) in call.arguments.enumerated() {
            if reduceInto && i == 1 { nextClosureTakesInout = true }
            arguments.append(
                Expr.Argument(label: a.label?.text, value: lowerExpr(a.expression), range: range(a))
            )
            nextClosureTakesInout = false
        }
        if case .member(let base, "random") = callee.kind, case .name(_, let typeName) = base.kind,
            typeName == "Double" || typeName == "Float"
        {
            // `Double.random(in: 0..<1)`: the range's literal bounds are Doubles.
            arguments = arguments.map { a in
                guard case .range(let lo, let hi, let closed) = a.value.kind else { return a }
                let bounds = Expr(
                    .range(
                        adapt(lo, to: .named("Double")), adapt(hi, to: .named("Double")),
                        closed: closed),
                    range: a.value.range, text: a.value.text)
                return Expr.Argument(label: a.label, value: bounds, range: a.range)
            }
        }
        if let a = called.as(ArrayExprSyntax.self), a.elements.count == 1,
            let element = a.elements.first?.expression,
            let elementType = arrayElementType(element)
        {
            // `[Double](repeating: 0, count: n)`: the repeated literal is a Double.
            arguments = arguments.map { a in
                guard a.label == "repeating" else { return a }
                return Expr.Argument(
                    label: a.label, value: adapt(a.value, to: elementType), range: a.range)
            }
        }
        if let trailing = call.trailingClosure {
            nextClosureTakesInout = reduceInto
            defer { nextClosureTakesInout = false }
            arguments.append(
                Expr.Argument(
                    label: ArgumentMatcher.trailingClosure, value: lowerExpr(ExprSyntax(trailing)),
                    range: range(trailing)))
        }
        for extra in call.additionalTrailingClosures {
            arguments.append(
                Expr.Argument(
                    label: extra.label.text, value: lowerExpr(ExprSyntax(extra.closure)),
                    range: range(extra)))
        }
        return Expr(.call(callee, arguments), range: r, text: text)
    }

    /// A mutating method of the built-in collections or of a struct declared in the cells.
    private func isMutatingName(_ name: String) -> Bool {
        builtins.mutatingNames.contains(name) || scopes.globals.structMutatingNames.contains(name)
    }

    /// The element type written inside `[…]` of `[Double](…)` or `[[Int]](…)`.
    private func arrayElementType(_ e: ExprSyntax) -> TypeName? {
        if let ref = e.as(DeclReferenceExprSyntax.self) {
            return lowerType(TypeSyntax(IdentifierTypeSyntax(name: ref.baseName)))
        }
        if let inner = e.as(ArrayExprSyntax.self), inner.elements.count == 1,
            let x = inner.elements.first?.expression
        {
            return arrayElementType(x).map { .array($0) }
        }
        return nil
    }

    private func isTypeName(_ e: ExprSyntax?) -> Bool {
        // `[Int]` and `[String: Double]` inside `[[Int]](…)`, `Array<Int>` inside `[Array<Int>]`.
        if let a = e?.as(ArrayExprSyntax.self), a.elements.count == 1 {
            return isTypeName(a.elements.first?.expression)
        }
        if let d = e?.as(DictionaryExprSyntax.self), case .elements(let items) = d.content,
            items.count == 1
        {
            return isTypeName(items.first?.key) && isTypeName(items.first?.value)
        }
        if let g = e?.as(GenericSpecializationExprSyntax.self) { return isTypeName(g.expression) }
        if let o = e?.as(OptionalChainingExprSyntax.self) { return isTypeName(o.expression) }
        guard let ref = e?.as(DeclReferenceExprSyntax.self), let first = ref.baseName.text.first
        else { return false }
        return first.isUppercase
    }

    /// `{ [value, total = a + b] in … }`: the captured values are taken when the closure is
    /// made. Lowered as an outer closure, called at once with the values, whose parameters
    /// the closure itself reads.
    func lowerCapturingClosure(
        _ c: ClosureExprSyntax, _ capture: ClosureCaptureClauseSyntax,
        range r: Diagnostics.SourceRange,
        text: String
    ) -> Expr {
        var names: [(String, TokenSyntax)] = []
        var values: [Expr] = []
        for item in capture.items {
            if let specifier = item.specifier {
                unsupported("'\(specifier.trimmedDescription)' captures", specifier)
                return placeholder(c)
            }
            values.append(
                item.initializer.map { lowerExpr($0.value) } ?? lowerName(item.name.text, item.name)
            )
            names.append((item.name.text, item.name))
        }
        scopes.pushFunction()
        functionDepth += 1
        var params: [FunctionDecl.Parameter] = []
        for (name, token) in names {
            guard case .local(_, let slot)? = scopes.declare(name, isLet: true) else {
                error("invalid redeclaration of '\(name)'", token)
                continue
            }
            params.append(
                FunctionDecl.Parameter(
                    label: nil, name: name, type: nil, defaultValue: nil, isVariadic: false,
                    slot: slot,
                    isInout: false))
        }
        let inner = Expr(.closure(lowerClosure(c)), range: r, text: text)
        functionDepth -= 1
        let size = scopes.popFunction()
        let outer = FunctionDecl(
            name: "closure", parameters: params, returnType: nil,
            body: [Stmt(.expression(inner), range: r)], frameSize: size, range: r,
            implicitReturn: true)
        let arguments = values.map { Expr.Argument(label: nil, value: $0, range: $0.range) }
        return Expr(
            .call(Expr(.closure(outer), range: r, text: text), arguments), range: r, text: text)
    }

    func lowerClosure(_ c: ClosureExprSyntax) -> FunctionDecl {
        scopes.pushFunction()
        functionDepth += 1
        let savedLoops = loopDepth
        loopDepth = 0
        var params: [FunctionDecl.Parameter] = []
        var returnType: TypeName?
        let firstIsInout = nextClosureTakesInout
        nextClosureTakesInout = false
        func addParameter(_ name: String, type: TypeName?, node: some SyntaxProtocol) {
            var slot = scopes.contexts.last?.slotCount ?? 0
            let isInout = firstIsInout && params.isEmpty
            if name == "_" {
                scopes.contexts.last?.slotCount += 1
            } else if case .local(_, let s)? = scopes.declare(name, isLet: !isInout) {
                slot = s
            } else {
                error("invalid redeclaration of '\(name)'", node)
            }
            params.append(
                FunctionDecl.Parameter(
                    label: nil, name: name, type: type, defaultValue: nil,
                    isVariadic: false, slot: slot, isInout: isInout))
        }
        if let signature = c.signature {

            switch signature.parameterClause {
            case .simpleInput(let list)?:
                for p in list { addParameter(p.name.text, type: nil, node: p) }
            case .parameterClause(let clause)?:
                for p in clause.parameters {
                    addParameter(
                        p.secondName?.text ?? p.firstName.text,
                        type: p.type.map(lowerType), node: p)
                }
            case nil: break
            }
            returnType = signature.returnClause.map { lowerType($0.type) }
            closureShorthand.append(false)
        } else {
            // Shorthand arguments $0, $1 … take the first slots of the frame.
            let highest = ShorthandFinder.highest(in: c.statements)
            if let highest {
                for i in 0...highest {
                    params.append(
                        FunctionDecl.Parameter(
                            label: nil, name: "$\(i)", type: nil,
                            defaultValue: nil, isVariadic: false, slot: i,
                            isInout: firstIsInout && i == 0))
                }
                scopes.contexts.last?.slotCount = highest + 1
            }
            closureShorthand.append(true)
        }
        scopes.pushBlock()
        predeclareFunctions(c.statements)
        returnTypes.append(returnType)
        let body = lowerItems(c.statements)
        returnTypes.removeLast()
        scopes.popBlock()
        let implicit = c.statements.count == 1 && c.statements.first.map(isExpressionItem) == true
        closureShorthand.removeLast()
        loopDepth = savedLoops
        functionDepth -= 1
        let size = scopes.popFunction()
        return FunctionDecl(
            name: "closure", parameters: params, returnType: returnType, body: body,
            frameSize: size, range: range(c), implicitReturn: implicit)
    }

    func lowerMacro(_ m: MacroExpansionExprSyntax, range r: Diagnostics.SourceRange, text: String)
        -> Expr
    {
        let name = m.macroName.text
        guard name == "expect" || name == "require" else {
            unsupported("macro '#\(name)'", m)
            return placeholder(m)
        }
        let args = Array(m.arguments)
        guard let first = args.first, first.label == nil else {
            error("'#\(name)' takes a condition: #\(name)(accuracy > 0.8)", m)
            return placeholder(m)
        }
        let comment = args.count > 1 ? lowerExpr(args[1].expression) : nil
        if args.count > 2 { error("extra argument in '#\(name)'", args[2]) }
        return Expr(
            .expectation(
                lowerExpr(first.expression), isRequire: name == "require",
                comment: comment), range: r, text: text)
    }
}

/// The highest shorthand argument (`$1` → 1) a closure's body uses, not counting the ones of
/// closures nested in it (each of those has its own).
final class ShorthandFinder: SyntaxVisitor {
    private var highest: Int?

    static func highest(in statements: CodeBlockItemListSyntax) -> Int? {
        let finder = ShorthandFinder(viewMode: .sourceAccurate)
        finder.walk(statements)
        return finder.highest
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier(let name) = token.tokenKind, let i = Int(name.dropFirst()) {
            highest = max(highest ?? i, i)
        }
        return .visitChildren
    }
}
