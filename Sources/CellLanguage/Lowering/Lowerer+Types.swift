import Diagnostics
import SwiftSyntax

extension Lowerer {
    /// Protocols a cell's types may name in their inheritance clause; conformance is structural
    /// at run time (generics are erased), so naming them has no further effect.
    static let knownProtocols: Set<String> = [
        "Equatable", "Hashable", "Comparable", "CustomStringConvertible", "Codable", "Sendable",
        "Identifiable",
        "CaseIterable", "Error", "CustomDebugStringConvertible", "Sequence", "IteratorProtocol",
    ]

    /// Standard-library protocols whose conformance the interpreter does not give a meaning to
    /// yet (a `Sequence` is not iterated by `for … in`, an `ExpressibleBy…` type is not made
    /// from literals): refused by name rather than as unknown types.
    static let unsupportedProtocols: Set<String> = [
        "Collection", "BidirectionalCollection",
        "RandomAccessCollection",
        "MutableCollection", "ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral",
        "ExpressibleByStringLiteral", "ExpressibleByArrayLiteral", "ExpressibleByDictionaryLiteral",
        "Strideable", "AdditiveArithmetic", "Numeric", "OptionSet", "LocalizedError",
    ]

    /// The raw-value types an enum may declare (`enum Planet: Int`).
    static let rawValueTypes: Set<String> = ["Int", "String", "Double", "Character"]

    /// The engine classes a cell's class may subclass, with the properties a subclass
    /// inherits (set by the engine while it runs) and their initial values.
    /// (Initial values are flags, not `Expr.Kind`s: the indirect enum's boxes in a static
    /// table would be allocated once per process and never freed.)
    static let engineBaseClasses: [String: [(String, isDictionary: Bool)]] = [
        "Callback": [("model", false), ("params", true)],
        // `$engine` holds the engine's view of the instance (made when first needed).
        "Layer": [(engineField, false)],
        "Model": [(engineField, false)],
    ]

    /// The hidden field of a `Layer` or `Model` subclass's instances that holds its engine
    /// object; `$` keeps it out of reach of cell code.
    static let engineField = "$engine"

    /// Engine members a subclass's methods may use without `self.`.
    static let engineMemberNames: [String: Set<String>] = [
        "Layer": ["addWeight", "name", "trainable"],
        "Model": ["layers", "name", "summary", "stopTraining"],
    ]

    func lowerTypeDecl(_ decl: DeclSyntax) -> [Stmt] {
        var name: String
        let isClass: Bool
        let members: MemberBlockItemListSyntax
        let inheritance: InheritanceClauseSyntax?
        if let s = decl.as(StructDeclSyntax.self) {
            (name, isClass, members, inheritance) = (
                s.name.text, false, s.memberBlock.members, s.inheritanceClause
            )
        } else if let c = decl.as(ClassDeclSyntax.self) {
            (name, isClass, members, inheritance) = (
                c.name.text, true, c.memberBlock.members, c.inheritanceClause
            )
        } else if let e = decl.as(EnumDeclSyntax.self) {
            (name, isClass, members, inheritance) = (
                e.name.text, false, e.memberBlock.members, e.inheritanceClause
            )
        } else {
            return []
        }
        // A type nested in another one's body goes by its qualified name (`Card.Suit`).
        if decl.parent?.is(MemberBlockItemSyntax.self) == true, let outer = enclosingTypeNames.last
        {
            name = outer + "." + name
        }
        guard let binding = scopes.lookup(name)?.binding else { return [] }
        let type = TypeDecl(name: name, isClass: isClass, range: range(decl))
        var inherited: Set<String> = []
        if decl.is(EnumDeclSyntax.self) {
            type.isEnum = true
            // A case and its associated values: hidden fields no cell code can name.
            type.properties = [
                TypeDecl.Property(name: "$case", isLet: true, type: nil, defaultValue: nil),
                TypeDecl.Property(name: "$payload", isLet: true, type: nil, defaultValue: nil),
            ]
        }
        for (index, item) in (inheritance?.inheritedTypes ?? []).enumerated() {
            let parent = item.type.trimmedDescription
            if type.isEnum, index == 0, Self.rawValueTypes.contains(parent) {
                type.rawType = .named(parent == "Character" ? "String" : parent)
                continue
            }
            if Self.knownProtocols.contains(parent)
                || scopes.globals.typeDecl(parent)?.isProtocol == true
            {
                type.conformances.append(parent)
                continue
            }
            if Self.unsupportedProtocols.contains(parent) {
                unsupported("conformance to '\(parent)'", item.type)
                continue
            }
            if type.isEnum {
                error("enum '\(name)' cannot inherit from '\(parent)'", item.type)
                continue
            }
            if let members = Self.engineBaseClasses[parent] {
                guard isClass else {
                    error("inheritance from non-protocol type '\(parent)'", item.type)
                    continue
                }
                guard type.superclass == nil, type.engineBase == nil else {
                    error("multiple inheritance from classes", item.type)
                    continue
                }
                type.engineBase = parent
                // The engine's properties (`model`, `params`) become stored properties that the
                // adapter fills in before each hook.
                for (member, isDictionary) in members {
                    let r = range(item.type)
                    let initial: Expr.Kind = isDictionary ? .dictionaryLiteral([]) : .nilLiteral
                    type.properties.append(
                        TypeDecl.Property(
                            name: member, isLet: false, type: nil,
                            defaultValue: Expr(initial, range: r, text: member)))
                }
                continue
            }
            if let parentDecl = scopes.globals.typeDecl(parent) {
                guard isClass, parentDecl.isClass else {
                    error(
                        isClass
                            ? "class '\(name)' cannot inherit from struct '\(parent)'"
                            : "inheritance from non-protocol type '\(parent)'", item.type)
                    continue
                }
                guard type.superclass == nil else {
                    error(
                        "multiple inheritance from classes '\(type.superclass?.text ?? "")' and '\(parent)'",
                        item.type)
                    continue
                }
                type.superclass = lowerName(parent, item.type)
                type.engineBase = parentDecl.engineBase
                inherited = allMemberNames(parentDecl)
            } else {
                error("cannot find type '\(parent)' in scope", item.type)
            }
        }
        if let base = type.engineBase { inherited.formUnion(Self.engineMemberNames[base] ?? []) }
        scopes.globals.registerType(type)
        // An enum's cases first: its methods switch over them.
        for member in members {
            guard let c = member.decl.as(EnumCaseDeclSyntax.self), type.isEnum else { continue }
            lowerEnumCases(c, into: type)
        }
        // Nested types before the members that use them; they run before the type itself.
        enclosingTypeNames.append(name)
        defer { enclosingTypeNames.removeLast() }
        var nested: [Stmt] = []
        for member in members where Self.nominalTypeName(member.decl) != nil {
            nested.append(contentsOf: lowerTypeDecl(member.decl))
        }
        lowerMembers(members, into: type, inherited: inherited)
        if isClass, type.initializers.isEmpty, type.superclass == nil,
            let bare = type.properties.first(where: { $0.defaultValue == nil })
        {
            let nameToken = decl.as(ClassDeclSyntax.self)?.name
            error(
                "class '\(name)' has no initializers; stored property '\(bare.name)' needs a value or an 'init'",
                nameToken.map(Syntax.init) ?? Syntax(decl))
        }
        return nested + [Stmt(.type(type, binding), range: range(decl))]
    }

    /// Lowers the properties, methods, initializers and static members of a type's body (or of
    /// an extension's) into `type`.
    func lowerMembers(
        _ members: MemberBlockItemListSyntax, into type: TypeDecl, inherited: Set<String>,
        inExtension: Bool = false
    ) {
        let isClass = type.isClass
        var statics = predeclaredStaticNames(members)
        if let existing = scopes.globals.typeDecl(type.name) {
            statics.formUnion(staticMemberNames(existing))
        }
        if type.isEnum && !type.enumCases.isEmpty && type.enumCases.allSatisfy({ $0.labels == nil })
        {
            statics.insert("allCases")
        }
        staticTypes.append((type, statics))
        defer { staticTypes.removeLast() }
        // Stored properties first: methods may use any of them.
        for member in members {
            guard let v = member.decl.as(VariableDeclSyntax.self) else { continue }
            lowerPropertyDecl(v, into: type, inherited: [], accessors: false)
        }
        // Then accessors and observers, which may use any stored property and any method.
        let visibleInAccessors = inherited.union(conformedMemberNames(type)).union(
            predeclaredMethodNames(members)
        )
        .union(predeclaredPropertyNames(members)).union(hasRawValues(type) ? ["rawValue"] : [])
        for member in members {
            guard let v = member.decl.as(VariableDeclSyntax.self) else { continue }
            lowerPropertyDecl(v, into: type, inherited: visibleInAccessors, accessors: true)
        }
        let memberNames = type.memberNames.union(inherited).union(predeclaredMethodNames(members))
            .union(conformedMemberNames(type)).union(predeclaredPropertyNames(members))
            .union(hasRawValues(type) ? ["rawValue"] : [])
        typeContexts.append((type, memberNames))
        defer { typeContexts.removeLast() }
        for member in members {
            let d = member.decl
            if d.is(VariableDeclSyntax.self) { continue }
            if let c = d.as(EnumCaseDeclSyntax.self) {
                if !type.isEnum { error("enum 'case' is not allowed outside of an enum", c) }
                continue
            }
            if let f = d.as(FunctionDeclSyntax.self) {
                let isMutating = f.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) }
                if isMutating && isClass {
                    error("'mutating' is not valid on methods in classes", f)
                }
                if f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
                    guard let body = f.body else {
                        error("method '\(f.name.text)' needs a body", f)
                        continue
                    }
                    typeContexts.removeLast()
                    let lowered = lowerFunctionBody(
                        name: f.name.text, parameters: f.signature.parameterClause.parameters,
                        returnType: f.signature.returnClause.map { lowerType($0.type) },
                        statements: body.statements,
                        range: range(f))
                    if type.staticMethods[f.name.text] == nil {
                        type.staticMethods[f.name.text] = lowered
                    } else {
                        type.staticOverloads.append((f.name.text, lowered))
                    }
                    typeContexts.append((type, memberNames))
                    continue
                }
                guard let body = f.body else {
                    error("method '\(f.name.text)' needs a body", f)
                    continue
                }
                let method = lowerMethod(
                    name: f.name.text, parameters: f.signature.parameterClause.parameters,
                    returnType: f.signature.returnClause.map { lowerType($0.type) },
                    statements: body.statements, selfIsMutable: isMutating, range: range(f))
                type.methods[f.name.text, default: []].append(method)
                if isMutating { type.mutatingMethods.insert(f.name.text) }
            } else if let i = d.as(InitializerDeclSyntax.self) {
                guard let body = i.body else {
                    error("initializer needs a body", i)
                    continue
                }
                let initializer = lowerMethod(
                    name: "init", parameters: i.signature.parameterClause.parameters,
                    returnType: nil,
                    statements: body.statements, selfIsMutable: !isClass, range: range(i))
                initializer.isFailable = i.optionalMark != nil
                type.initializers.append(initializer)
            } else if let s = d.as(SubscriptDeclSyntax.self) {
                lowerSubscript(s, into: type)
            } else if Self.nominalTypeName(d) != nil {
                // A type's own nested types were lowered with it; an extension's are refused.
                if inExtension { unsupported("nested types in an extension", d) }
            } else {
                _ = lowerDecl(d)
            }
        }
    }

    /// An identifier as written without the backticks that let it be a keyword.
    static func withoutBackticks(_ name: String) -> String {
        name.count > 2 && name.hasPrefix("`") && name.hasSuffix("`")
            ? String(name.dropFirst().dropLast()) : name
    }

    /// `case circle(radius: Double), square(Double)`, `case north = "N"`.
    private func lowerEnumCases(_ c: EnumCaseDeclSyntax, into type: TypeDecl) {
        for element in c.elements {
            // `case `let``: the case is named `let`, as `Keyword.let` and its raw value read.
            let name = Self.withoutBackticks(element.name.text)
            if type.enumCases.contains(where: { $0.name == name }) {
                error("invalid redeclaration of '\(name)'", element.name)
                continue
            }
            let labels = element.parameterClause.map { clause in
                clause.parameters.map { p -> String? in
                    p.firstName.map { $0.tokenKind == .wildcard ? nil : $0.text } ?? nil
                }
            }
            var raw: Expr?
            if let r = element.rawValue {
                if type.rawType == nil {
                    error(
                        "enum case cannot have a raw value if the enum does not have a raw type", r)
                }
                raw = adapt(lowerExpr(r.value), to: type.rawType)
            }
            if labels != nil, type.rawType != nil {
                error("enum with raw type cannot have cases with arguments", element)
            }
            let types =
                element.parameterClause.map { $0.parameters.map { lowerType($0.type) } } ?? []
            type.enumCases.append(
                TypeDecl.EnumCase(name: name, labels: labels, types: types, rawValue: raw))
        }
    }

    private func predeclaredMethodNames(_ members: MemberBlockItemListSyntax) -> Set<String> {
        Set(
            members.compactMap { member -> String? in
                guard let f = member.decl.as(FunctionDeclSyntax.self),
                    !f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
                else { return nil }
                return f.name.text
            })
    }

    /// The instance properties a body declares, computed ones included.
    private func predeclaredPropertyNames(_ members: MemberBlockItemListSyntax) -> Set<String> {
        var names: Set<String> = []
        for member in members {
            guard let v = member.decl.as(VariableDeclSyntax.self),
                !v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
            else { continue }
            for binding in v.bindings {
                if let id = binding.pattern.as(IdentifierPatternSyntax.self) {
                    names.insert(id.identifier.text)
                }
            }
        }
        return names
    }

    /// Whether an enum (or an extension of one) has raw values.
    private func hasRawValues(_ type: TypeDecl) -> Bool {
        type.rawType != nil || scopes.globals.typeDecl(type.name)?.rawType != nil
    }

    /// The names of the static methods and properties a body declares.
    private func predeclaredStaticNames(_ members: MemberBlockItemListSyntax) -> Set<String> {
        var names: Set<String> = []
        for member in members {
            if let f = member.decl.as(FunctionDeclSyntax.self),
                f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
            {
                names.insert(f.name.text)
            }
            guard let v = member.decl.as(VariableDeclSyntax.self),
                v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
            else { continue }
            for binding in v.bindings {
                if let id = binding.pattern.as(IdentifierPatternSyntax.self) {
                    names.insert(id.identifier.text)
                }
            }
        }
        return names
    }

    /// The static members of a type (and `allCases` of a simple enum), which its static
    /// methods and static properties use without the type's name.
    func staticMemberNames(_ type: TypeDecl) -> Set<String> {
        var names = Set(type.staticMethods.keys).union(type.staticProperties.map(\.name))
        if type.isEnum && !type.enumCases.isEmpty && type.enumCases.allSatisfy({ $0.labels == nil })
        {
            names.insert("allCases")
        }
        return names
    }

    private func allMemberNames(_ decl: TypeDecl) -> Set<String> {
        var names = decl.memberNames
        if let parent = decl.superclass?.text, let p = scopes.globals.typeDecl(parent) {
            names.formUnion(allMemberNames(p))
        }
        return names
    }

    /// The stored properties of a declaration (`accessors: false`), or its computed properties
    /// and the observers of its stored ones (`accessors: true`).
    private func lowerPropertyDecl(
        _ v: VariableDeclSyntax, into type: TypeDecl, inherited: Set<String>, accessors phase: Bool
    ) {
        let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
        let isStatic = v.modifiers.contains { $0.name.tokenKind == .keyword(.static) }
        for binding in v.bindings {
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                unsupported("this property pattern", binding.pattern)
                continue
            }
            let name = id.identifier.text
            let declaredType = binding.typeAnnotation.map { lowerType($0.type) }
            var observers: [AccessorDeclSyntax] = []
            let isComputed: Bool = {
                guard let block = binding.accessorBlock else { return false }
                if case .accessors(let list) = block.accessors {
                    return !list.contains {
                        $0.accessorSpecifier.tokenKind == .keyword(.willSet)
                            || $0.accessorSpecifier.tokenKind == .keyword(.didSet)
                    }
                }
                return true
            }()
            let isLazy = v.modifiers.contains { $0.name.tokenKind == .keyword(.lazy) }
            if !phase && isComputed { continue }
            if phase, isLazy, let initializer = binding.initializer {
                // `lazy var mean: Double = values.reduce(0, +) / …`: a function of `self`.
                typeContexts.append((type, type.memberNames.union(inherited).union([name])))
                defer { typeContexts.removeLast() }
                let statements = CodeBlockItemListSyntax([
                    CodeBlockItemSyntax(item: .expr(initializer.value))
                ])
                type.lazyInitializers[name] = lowerMethod(
                    name: name, parameters: FunctionParameterListSyntax([]),
                    returnType: declaredType,
                    statements: statements, selfIsMutable: false, range: range(binding))
                continue
            }
            if phase && !isComputed && binding.accessorBlock == nil { continue }
            if let accessors = binding.accessorBlock {
                typeContexts.append((type, type.memberNames.union(inherited).union([name])))
                defer { typeContexts.removeLast() }
                switch accessors.accessors {
                case .getter(let items) where isStatic:
                    // `static var heaviest: Planet { … }`: computed once the type's static
                    // members exist.
                    typeContexts.removeLast()
                    defer { typeContexts.append((type, [])) }
                    let getter = lowerFunctionBody(
                        name: name, parameters: FunctionParameterListSyntax([]),
                        returnType: declaredType,
                        statements: items, range: range(binding))
                    let closure = Expr(.closure(getter), range: range(binding), text: name)
                    type.staticProperties.append(
                        (name, Expr(.call(closure, []), range: range(binding), text: name)))
                    continue
                case .getter(let items):
                    type.computed[name] = lowerMethod(
                        name: name, parameters: FunctionParameterListSyntax([]),
                        returnType: declaredType,
                        statements: items, selfIsMutable: false, range: range(binding))
                    continue
                case .accessors(let list):
                    let kinds = list.map { $0.accessorSpecifier.tokenKind }
                    if kinds.contains(.keyword(.willSet)) || kinds.contains(.keyword(.didSet)) {
                        observers = Array(list)
                    } else {
                        lowerAccessors(
                            list, name: name, type: declaredType, into: type, range: range(binding))
                        continue
                    }
                }
            }
            if phase {
                lowerObservers(
                    observers, of: name, type: declaredType, into: type, inherited: inherited)
                continue
            }
            if isLazy, !isStatic, binding.initializer != nil {
                var property = TypeDecl.Property(
                    name: name, isLet: false, type: declaredType,
                    defaultValue: Expr(
                        .implicitMember("$lazy"), range: range(binding), text: "lazy"))
                property.isLazy = true
                type.properties.append(property)
                continue
            }
            let value = binding.initializer.map { lowerExpr($0.value) }
            if isStatic {
                guard let value else {
                    error("'static' property '\(name)' needs a value", binding)
                    continue
                }
                type.staticProperties.append((name, value))
                if isLet { type.staticConstants.insert(name) }
                continue
            }
            if value == nil && binding.typeAnnotation == nil {
                error("type annotation missing in pattern", binding.pattern)
            }
            let declared = binding.typeAnnotation.map { lowerType($0.type) }
            // An optional `var` without a value starts as nil, as in Swift.
            var initial = value
            if initial == nil, !isLet, declared?.isOptional == true {
                initial = Expr(.nilLiteral, range: range(binding), text: "nil")
            }
            type.properties.append(
                TypeDecl.Property(name: name, isLet: isLet, type: declared, defaultValue: initial))
        }
    }

    /// `willSet` (its parameter the new value, `newValue` unless named) and `didSet` (the old
    /// value, `oldValue`) of a stored property.
    private func lowerObservers(
        _ observers: [AccessorDeclSyntax], of name: String, type declaredType: TypeName?,
        into type: TypeDecl,
        inherited: Set<String>
    ) {
        guard !observers.isEmpty else { return }
        typeContexts.append((type, type.memberNames.union(inherited)))
        defer { typeContexts.removeLast() }
        for accessor in observers {
            guard let body = accessor.body else { continue }
            let isWill = accessor.accessorSpecifier.tokenKind == .keyword(.willSet)
            let parameter = accessor.parameters?.name.text ?? (isWill ? "newValue" : "oldValue")
            let observer = lowerMethod(
                name: isWill ? "willSet" : "didSet", parameters: FunctionParameterListSyntax([]),
                returnType: nil, statements: body.statements, selfIsMutable: !type.isClass,
                range: range(accessor), syntheticParameters: [(parameter, declaredType)])
            if isWill { type.willSet[name] = observer } else { type.didSet[name] = observer }
        }
    }

    /// `get { … } set { … }` of a computed property: the getter, and a setter taking the new
    /// value (`newValue`, or the name written in `set(value)`).
    private func lowerAccessors(
        _ list: AccessorDeclListSyntax, name: String, type declaredType: TypeName?,
        into type: TypeDecl,
        range fullRange: Diagnostics.SourceRange
    ) {
        for accessor in list {
            guard let body = accessor.body else { continue }
            switch accessor.accessorSpecifier.tokenKind {
            case .keyword(.get):
                type.computed[name] = lowerMethod(
                    name: name, parameters: FunctionParameterListSyntax([]),
                    returnType: declaredType,
                    statements: body.statements, selfIsMutable: false, range: fullRange)
            case .keyword(.set):
                let parameter = accessor.parameters?.name.text ?? "newValue"
                type.setters[name] = lowerMethod(
                    name: name, parameters: FunctionParameterListSyntax([]), returnType: nil,
                    statements: body.statements, selfIsMutable: !type.isClass, range: fullRange,
                    syntheticParameters: [(parameter, declaredType)])
            default:
                unsupported("the accessor '\(accessor.accessorSpecifier.text)'", accessor)
            }
        }
    }

    /// `subscript(row: Int, column: Int) -> Double { get { … } set { … } }` (or a getter body).
    func lowerSubscript(_ s: SubscriptDeclSyntax, into type: TypeDecl) {
        guard let accessors = s.accessorBlock else {
            error("subscript needs a body", s)
            return
        }
        let returnType = lowerType(s.returnClause.type)
        let parameters = s.parameterClause.parameters
        defer {
            // A subscript's parameters take no argument labels unless they name one twice
            // (`subscript(row row: Int)`).
            let labels = parameters.map { p -> String? in
                p.secondName != nil && p.firstName.tokenKind != .wildcard ? p.firstName.text : nil
            }
            for decl in type.subscriptGetters + type.subscriptSetters {
                for i in labels.indices where i < decl.parameters.count {
                    decl.parameters[i].label = labels[i]
                }
            }
        }
        switch accessors.accessors {
        case .getter(let items):
            type.subscriptGetters.append(
                lowerMethod(
                    name: "subscript", parameters: parameters, returnType: returnType,
                    statements: items,
                    selfIsMutable: false, range: range(s)))
        case .accessors(let list):
            for accessor in list {
                guard let body = accessor.body else { continue }
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get):
                    type.subscriptGetters.append(
                        lowerMethod(
                            name: "subscript", parameters: parameters, returnType: returnType,
                            statements: body.statements, selfIsMutable: false, range: range(s)))
                case .keyword(.set):
                    type.subscriptSetters.append(
                        lowerMethod(
                            name: "subscript", parameters: parameters, returnType: nil,
                            statements: body.statements,
                            selfIsMutable: !type.isClass, range: range(s),
                            syntheticParameters: [
                                (accessor.parameters?.name.text ?? "newValue", returnType)
                            ]))
                default:
                    unsupported("the accessor '\(accessor.accessorSpecifier.text)'", accessor)
                }
            }
        }
    }

    /// A method, initializer or getter: a function whose frame slot 0 holds `self`.
    func lowerMethod(
        name: String, parameters: FunctionParameterListSyntax, returnType: TypeName?,
        statements: CodeBlockItemListSyntax, selfIsMutable: Bool,
        range fullRange: Diagnostics.SourceRange,
        syntheticParameters: [(name: String, type: TypeName?)] = []
    ) -> FunctionDecl {
        scopes.pushFunction()
        methodNames.append(name)
        defer { methodNames.removeLast() }
        _ = scopes.declare("self", isLet: !selfIsMutable)
        let decl = lowerFunctionBody(
            name: name, parameters: parameters, returnType: returnType,
            statements: statements, range: fullRange, contextPushed: true,
            syntheticParameters: syntheticParameters)
        decl.isMethod = true
        return decl
    }
}
