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
}
