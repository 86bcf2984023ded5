import Diagnostics
import SwiftSyntax

extension Lowerer {
    /// Built-in types that an `extension` may add methods and computed properties to.
    static let extensibleBuiltins: Set<String> = [
        "Int", "Double", "String", "Bool", "Array", "Dictionary",
    ]

    /// `protocol Describable { var name: String { get }; func describe() -> String }`: the
    /// requirements' names are recorded (conformance is structural at run time); default
    /// implementations come from `extension Describable { … }`.
    func lowerProtocol(_ p: ProtocolDeclSyntax) -> [Stmt] {
        let name = p.name.text
        if scopes.globals.typeDecl(name) != nil {
            error("invalid redeclaration of '\(name)'", p.name)
            return []
        }
        let decl = TypeDecl(name: name, isClass: false, range: range(p))
        decl.isProtocol = true
        for member in p.memberBlock.members {
            if let v = member.decl.as(VariableDeclSyntax.self) {
                for b in v.bindings {
                    if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                        decl.requirementNames.insert(id.identifier.text)
                    }
                }
            } else if let f = member.decl.as(FunctionDeclSyntax.self) {
                decl.requirementNames.insert(f.name.text)
            }
        }
        for item in p.inheritanceClause?.inheritedTypes ?? [] {
            let parent = item.type.trimmedDescription
            if let parentDecl = scopes.globals.typeDecl(parent), parentDecl.isProtocol {
                decl.conformances.append(parent)
                decl.requirementNames.formUnion(parentDecl.requirementNames)
            }
        }
        scopes.globals.registerType(decl)
        // Known at run time from here on, for `as? Swimmer` and `is Pet` (its extensions add
        // default implementations to the same declaration).
        return [Stmt(.extensionDecl(members: decl, type: nil), range: range(p))]
    }

    /// `extension Point { … }`, `extension Describable { … }`, `extension Int { … }`: methods,
    /// computed properties, initializers and static members added to a type of the cells, a
    /// protocol (default implementations) or a built-in type; conformances added too.
    func lowerExtension(_ e: ExtensionDeclSyntax) -> [Stmt] {
        var name: String
        switch lowerType(e.extendedType) {
        case .named(let n): name = n
        case .array: name = "Array"
        case .dictionary: name = "Dictionary"
        default:
            unsupported("an extension of this type", e.extendedType)
            return []
        }
        // The standard library's protocols over the built-in values: `extension Sequence`
        // and `extension Collection` add to arrays (and ranges), `extension Character` to the
        // one-character strings cells use for characters.
        let aliases = [
            "Sequence": "Array", "Collection": "Array", "BidirectionalCollection": "Array",
            "RandomAccessCollection": "Array", "MutableCollection": "Array",
            "Character": "String", "StringProtocol": "String", "Substring": "String",
            "BinaryInteger": "Int", "FixedWidthInteger": "Int", "BinaryFloatingPoint": "Double",
            "FloatingPoint": "Double",
        ]
        if scopes.globals.typeDecl(name) == nil, let alias = aliases[name] { name = alias }
        let target: TypeDecl
        var typeExpr: Expr?
        if let decl = scopes.globals.typeDecl(name) {
            target = decl
            if !decl.isProtocol, let entry = scopes.lookup(name) {
                typeExpr = Expr(
                    .name(entry.binding, name), range: range(e.extendedType), text: name)
            }
        } else if Self.extensibleBuiltins.contains(name) {
            target = scopes.globals.builtinExtension(name)
        } else {
            error("cannot find type '\(name)' in scope", e.extendedType)
            return []
        }
        for member in e.memberBlock.members {
            guard let v = member.decl.as(VariableDeclSyntax.self),
                !v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
            else { continue }
            for b in v.bindings where b.accessorBlock == nil {
                error("extensions must not contain stored properties", b)
            }
        }
        for item in e.inheritanceClause?.inheritedTypes ?? [] {
            target.conformances.append(item.type.trimmedDescription)
        }
        // The members are lowered into a scratch declaration, then joined to the target: a
        // type of the cells gets new methods at once, its static members when the extension runs.
        let added = TypeDecl(name: name, isClass: target.isClass, range: range(e))
        added.isEnum = target.isEnum
        added.enumCases = target.enumCases
        var known = target.memberNames.union(target.requirementNames).union(
            conformedMemberNames(target))
        if target.isProtocol { known.formUnion(target.requirementNames) }
        enclosingTypeNames.append(name)
        defer { enclosingTypeNames.removeLast() }
        if target.isBuiltinExtension { known.formUnion(builtinMemberNames(name)) }
        lowerMembers(
            MemberBlockItemListSyntax(
                e.memberBlock.members.filter { member in
                    guard let v = member.decl.as(VariableDeclSyntax.self) else { return true }
                    return v.bindings.allSatisfy { $0.accessorBlock != nil }
                        || v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
                }), into: added, inherited: known, inExtension: true)
        for (method, overloads) in added.methods {
            target.methods[method, default: []].append(contentsOf: overloads)
        }
        target.computed.merge(added.computed) { _, new in new }
        target.initializers.append(contentsOf: added.initializers)
        target.subscriptGetters.append(contentsOf: added.subscriptGetters)
        target.subscriptSetters.append(contentsOf: added.subscriptSetters)
        target.mutatingMethods.formUnion(added.mutatingMethods)
        let statics = TypeDecl(name: name, isClass: target.isClass, range: range(e))
        statics.staticMethods = added.staticMethods
        statics.staticOverloads = added.staticOverloads
        statics.staticProperties = added.staticProperties
        statics.mutatingMethods = added.mutatingMethods
        if typeExpr == nil, target.isBuiltinExtension {
            // `static func * (lhs: String, rhs: Int)`: an operator on the built-in type.
            let all =
                added.staticMethods.map { ($0.key, $0.value) }
                + added.staticOverloads.map { ($0.name, $0.decl) }
            for (method, decl) in all where Self.isOperatorName(method) {
                target.operators[method, default: []].append(decl)
                added.staticMethods[method] = nil
            }
            added.staticOverloads.removeAll { Self.isOperatorName($0.name) }
        }
        if typeExpr == nil {
            if !added.staticMethods.isEmpty || !added.staticOverloads.isEmpty
                || !added.staticProperties.isEmpty
            {
                unsupported(
                    "static members in an extension of a protocol or built-in type", e.extendedType)
            }
            return [Stmt(.extensionDecl(members: target, type: nil), range: range(e))]
        }
        return [Stmt(.extensionDecl(members: statics, type: typeExpr), range: range(e))]
    }

    /// The methods and properties of a built-in type, usable without `self.` in its extensions.
    private func builtinMemberNames(_ name: String) -> Set<String> {
        var names: Set<String> = ["count", "isEmpty", "first", "last", "indices", "description"]
        switch name {
        case "Int", "Double":
            names.formUnion(builtins.numberMethods.keys)
            names.formUnion(["isNaN", "isFinite", "isInfinite", "magnitude"])
        case "String":
            names.formUnion(builtins.stringMethods.keys)
            names.formUnion(["startIndex", "endIndex", "indices"])
            names.formUnion(Members.characterProperties)
            names.formUnion(builtins.arrayMethods.keys)
        case "Array":
            names.formUnion(builtins.arrayMethods.keys)
            names.formUnion(builtins.arrayMutating.keys)
        case "Dictionary":
            names.formUnion(builtins.dictionaryMethods.keys)
            names.formUnion(builtins.dictionaryMutating.keys)
            names.formUnion(["keys", "values"])
        default: break
        }
        return names
    }

    /// Names that the protocols a type conforms to give it (requirements and default
    /// implementations), usable without `self.` in its methods.
    func conformedMemberNames(_ type: TypeDecl) -> Set<String> {
        var names: Set<String> = []
        for p in type.conformances {
            guard let decl = scopes.globals.typeDecl(p), decl.isProtocol else { continue }
            names.formUnion(decl.requirementNames)
            names.formUnion(decl.methods.keys)
            names.formUnion(decl.computed.keys)
        }
        return names
    }
}
