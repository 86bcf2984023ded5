import Diagnostics
import SwiftSyntax

extension Lowerer {
    func lowerDecl(_ decl: DeclSyntax) -> [Stmt] {
        if let v = decl.as(VariableDeclSyntax.self) {
            return lowerVariable(v)
        }
        if let f = decl.as(FunctionDeclSyntax.self) {
            return lowerFunction(f).map { [$0] } ?? []
        }
        if decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self)
            || decl.is(EnumDeclSyntax.self)
        {
            return lowerTypeDecl(decl)
        }
        if let p = decl.as(ProtocolDeclSyntax.self) { return lowerProtocol(p) }
        if let a = decl.as(TypeAliasDeclSyntax.self), a.genericParameterClause == nil {
            // `typealias Matrix = [[Double]]`: the name stands for the type wherever a type is
            // written.
            scopes.globals.typeAliases[a.name.text] = lowerType(a.initializer.value)
            return []
        }
        if let e = decl.as(ExtensionDeclSyntax.self) { return lowerExtension(e) }
        if decl.is(OperatorDeclSyntax.self) || decl.is(PrecedenceGroupDeclSyntax.self) {
            // `infix operator **: MultiplicationPrecedence`: folded before lowering.
            return []
        }
        if let i = decl.as(ImportDeclSyntax.self), let module = i.path.first?.name.text,
            Self.implicitModules.contains(module)
        {
            // The standard library, Foundation's basics and the engine are always there.
            return []
        }
        let kind: String
        switch decl.kind {
        case .structDecl: kind = "'struct' declaration"
        case .classDecl: kind = "'class' declaration"
        case .protocolDecl: kind = "'protocol' declaration"
        case .extensionDecl: kind = "'extension'"
        case .importDecl: kind = "'import' (the engine is already imported)"
        case .typeAliasDecl: kind = "'typealias'"
        default: kind = "this declaration"
        }
        unsupported(kind, decl)
        return []
    }

    /// Modules a cell may import without effect: what they offer cells is already available.
    static let implicitModules: Set<String> = [
        "Swift", "Foundation", "Glibc", "Darwin", "NeuralNetwork", "Tensors",
    ]

    // MARK: - let / var

    func lowerVariable(_ v: VariableDeclSyntax) -> [Stmt] {
        let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
        var out: [Stmt] = []
        for binding in v.bindings {
            if binding.accessorBlock != nil {
                unsupported("a computed property", binding)
                continue
            }
            let type = binding.typeAnnotation.map { lowerType($0.type) }
            // The initializer is lowered before the name is declared: `let x = x + 1` reads
            // an outer `x`.
            let initializer = binding.initializer.map { adapt(lowerExpr($0.value), to: type) }
            if initializer == nil && type == nil {
                error("type annotation missing in pattern", binding.pattern)
            }
            // `let celsius: Double` assigned in the branches of a `switch`: a variable whose
            // first assignment initializes it.
            let pattern = lowerPattern(binding.pattern, isLet: isLet && initializer != nil)
            if case .bind(.global(let slot), _, _) = pattern {
                scopes.globals.declaredTypes[slot] = type
            }
            out.append(
                Stmt(
                    .variable(pattern, type: type, initializer: initializer),
                    range: range(binding)))
        }
        return out
    }

    /// Declares the names of a binding pattern in the current scope.
    func lowerPattern(_ pattern: PatternSyntax, isLet: Bool) -> Pattern {
        if let id = pattern.as(IdentifierPatternSyntax.self) {
            let name = id.identifier.text
            guard let binding = scopes.declare(name, isLet: isLet) ?? rebinding(name) else {
                error("invalid redeclaration of '\(name)'", id)
                return .ignore
            }
            return .bind(binding, name: name, range: range(id))
        }
        if pattern.is(WildcardPatternSyntax.self) {
            return .ignore
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            return .tuple(tuple.elements.map { lowerPattern($0.pattern, isLet: isLet) })
        }
        if let vb = pattern.as(ValueBindingPatternSyntax.self) {
            return lowerPattern(vb.pattern, isLet: vb.bindingSpecifier.tokenKind == .keyword(.let))
        }
        unsupported("this pattern", pattern)
        return .ignore
    }

    // MARK: - func

    /// Whether a function's name is an operator (`**`, `•`, `<>`), not an identifier.
    static func isOperatorName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        return !(first == "_" || first == "`" || first.properties.isXIDStart)
    }

    func lowerFunction(_ f: FunctionDeclSyntax) -> Stmt? {
        let name = f.name.text
        guard let entry = scopes.lookup(name) else { return nil }
        // Generic parameters are erased at run time: the body runs on any value, and a generic
        // parameter used as a value (`T()`) is the type of an argument declared with it.
        var witnesses: [String: String] = [:]
        for g in f.genericParameterClause?.parameters ?? [] {
            for p in f.signature.parameterClause.parameters {
                var type = p.type
                if let attributed = type.as(AttributedTypeSyntax.self) {
                    type = attributed.baseType
                }
                if type.as(IdentifierTypeSyntax.self)?.name.text == g.name.text {
                    witnesses[g.name.text] = (p.secondName ?? p.firstName).text
                    break
                }
            }
        }
        genericWitnesses.append(witnesses)
        defer { genericWitnesses.removeLast() }
        guard let body = f.body else {
            error("function '\(name)' needs a body", f)
            return nil
        }
        let decl = lowerFunctionBody(
            name: name, parameters: f.signature.parameterClause.parameters,
            returnType: f.signature.returnClause.map { lowerType($0.type) },
            statements: body.statements, range: range(f))
        decl.isOverloaded = overloadedFunctionNames.contains(name)
        if Self.isOperatorName(name) {
            // `func ** (base: Int, exponent: Int)`: an operator's operands take no labels.
            for i in decl.parameters.indices { decl.parameters[i].label = nil }
        }
        return Stmt(.function(decl, entry.binding), range: range(f))
    }

    func lowerFunctionBody(
        name: String, parameters: FunctionParameterListSyntax, returnType: TypeName?,
        statements: CodeBlockItemListSyntax, range fullRange: Diagnostics.SourceRange,
        contextPushed: Bool = false,
        syntheticParameters: [(name: String, type: TypeName?)] = []
    ) -> FunctionDecl {
        if !contextPushed { scopes.pushFunction() }
        functionDepth += 1
        let savedLoops = loopDepth
        loopDepth = 0
        closureShorthand.append(false)
        var params: [FunctionDecl.Parameter] = []
        for p in parameters {
            let label: String? = p.firstName.tokenKind == .wildcard ? nil : p.firstName.text
            let local = p.secondName?.text ?? p.firstName.text
            let isInout =
                p.type.as(AttributedTypeSyntax.self)?.specifiers.contains { specifier in
                    if case .simpleTypeSpecifier(let s) = specifier {
                        return s.specifier.tokenKind == .keyword(.inout)
                    }
                    return false
                } ?? false
            let defaultValue = p.defaultValue.map {
                adapt(lowerExpr($0.value), to: lowerType(p.type))
            }
            var slot = 0
            if local == "_" {
                slot = scopes.contexts.last?.slotCount ?? 0
                scopes.contexts.last?.slotCount += 1
            } else if case .local(_, let s)? = scopes.declare(local, isLet: !isInout) {
                slot = s
            } else {
                error("invalid redeclaration of '\(local)'", p)
            }
            params.append(
                FunctionDecl.Parameter(
                    label: label, name: local, type: lowerType(p.type), defaultValue: defaultValue,
                    isVariadic: p.ellipsis != nil, slot: slot, isInout: isInout))
        }
        // An accessor's implicit parameter (`newValue`, `oldValue`), after the written ones.
        for (local, type) in syntheticParameters {
            guard case .local(_, let slot)? = scopes.declare(local, isLet: true) else { continue }
            params.append(
                FunctionDecl.Parameter(
                    label: nil, name: local, type: type, defaultValue: nil, isVariadic: false,
                    slot: slot))
        }
        // The body is a scope of its own: `var list = list` shadows a parameter, as in Swift.
        scopes.pushBlock()
        predeclareFunctions(statements)
        returnTypes.append(returnType)
        var body = lowerItems(statements)
        returnTypes.removeLast()
        scopes.popBlock()
        var implicit = statements.count == 1 && statements.first.map(isExpressionItem) == true
        if implicit, case .expression(let e)? = body.first?.kind {
            body = [Stmt(.expression(adapt(e, to: returnType)), range: body[0].range)]
        } else if statements.count == 1, returnType != nil, let only = body.first, body.count == 1 {
            // A body that is one `switch` or `if` returns its value (Swift 5.9).
            switch only.kind {
            case .switchStmt(let subject, let cases)
            where cases.allSatisfy({ $0.body.count == 1 && Self.isValueBranch($0.body[0]) }):
                body = [
                    Stmt(
                        .expression(
                            Expr(.switchValue(subject, cases), range: only.range, text: "switch")),
                        range: only.range)
                ]
                implicit = true
            case .ifChain(let chain)
            where chain.elseBody != nil
                && chain.branches.allSatisfy({
                    $0.body.count == 1 && Self.isValueBranch($0.body[0])
                }):
                body = [
                    Stmt(
                        .expression(Expr(.conditional(chain), range: only.range, text: "if")),
                        range: only.range)
                ]
                implicit = true
            default: break
            }
        }
        closureShorthand.removeLast()
        loopDepth = savedLoops
        functionDepth -= 1
        let size = scopes.popFunction()
        return FunctionDecl(
            name: name, parameters: params, returnType: returnType, body: body,
            frameSize: size, range: fullRange, implicitReturn: implicit)
    }

    /// A branch of a `switch` or `if` that gives a value: one expression (not an assignment or
    /// a call of a function returning nothing, which Swift would reject anyway) or a `throw`.
    static func isValueBranch(_ s: Stmt) -> Bool {
        switch s.kind {
        case .throwStmt: return true
        case .expression(let e):
            switch e.kind {
            case .assign, .compoundAssign, .discard: return false
            default: return true
            }
        default: return false
        }
    }

    func isExpressionItem(_ item: CodeBlockItemSyntax) -> Bool {
        if case .expr = item.item { return true }
        return false
    }

    // MARK: - Types

    /// The qualified name of the type of the cells a type names (`Card`, `Card.Suit`).
    func typePath(_ type: TypeSyntax) -> String? {
        if let id = type.as(IdentifierTypeSyntax.self) {
            return nestedTypeName(id.name.text) ?? id.name.text
        }
        if let m = type.as(MemberTypeSyntax.self), let outer = typePath(m.baseType) {
            return outer + "." + m.name.text
        }
        return nil
    }

    func lowerType(_ type: TypeSyntax) -> TypeName {
        if let id = type.as(IdentifierTypeSyntax.self) {
            if let generic = id.genericArgumentClause {
                let args = generic.arguments.compactMap {
                    $0.argument.as(TypeSyntax.self).map(lowerType)
                }
                if id.name.text == "Array", args.count == 1 { return .array(args[0]) }
                if id.name.text == "Optional", args.count == 1 { return .optional(args[0]) }
                if id.name.text == "Dictionary", args.count == 2 {
                    return .dictionary(args[0], args[1])
                }
            }
            if id.genericArgumentClause == nil, let qualified = nestedTypeName(id.name.text) {
                return .named(qualified)
            }
            if let alias = scopes.globals.typeAliases[id.name.text] { return alias }
            if Self.unsupportedStandardNames.contains(id.name.text),
                scopes.globals.typeDecl(id.name.text) == nil
            {
                unsupported("the type '\(id.name.text)'", id)
            }
            return .named(id.name.text)
        }
        if let a = type.as(ArrayTypeSyntax.self) { return .array(lowerType(a.element)) }
        if let d = type.as(DictionaryTypeSyntax.self) {
            return .dictionary(lowerType(d.key), lowerType(d.value))
        }
        if let o = type.as(OptionalTypeSyntax.self) { return .optional(lowerType(o.wrappedType)) }
        if let o = type.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            return .optional(lowerType(o.wrappedType))
        }
        if let t = type.as(TupleTypeSyntax.self) {
            let elements = t.elements.map { lowerType($0.type) }
            return elements.count == 1
                ? elements[0] : .tuple(elements, labels: t.elements.map { $0.firstName?.text })
        }
        if let f = type.as(FunctionTypeSyntax.self) {
            return .function(
                f.parameters.map { lowerType($0.type) }, lowerType(f.returnClause.type))
        }
        if let a = type.as(AttributedTypeSyntax.self) { return lowerType(a.baseType) }
        if let m = type.as(MemberTypeSyntax.self) {
            // `Card.Suit`: a nested type of the cells by its qualified name.
            if let outer = typePath(m.baseType) {
                let qualified = outer + "." + m.name.text
                if scopes.lookup(qualified) != nil { return .named(qualified) }
            }
            return .named(m.name.text)
        }
        if type.is(SomeOrAnyTypeSyntax.self) { return .named("Any") }
        return .named(type.trimmedDescription)
    }
}
