import Diagnostics
import SwiftSyntax

extension Lowerer {
    /// The stored properties of a declaration (`accessors: false`), or its computed properties
    /// and the observers of its stored ones (`accessors: true`).
    func lowerPropertyDecl(
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
    func lowerObservers(
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
    func lowerAccessors(
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
}
