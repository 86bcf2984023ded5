import Diagnostics
import SwiftSyntax

extension Lowerer {
    func predeclaredMethodNames(_ members: MemberBlockItemListSyntax) -> Set<String> {
        Set(
            members.compactMap { member -> String? in
                guard let f = member.decl.as(FunctionDeclSyntax.self),
                    !f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
                else { return nil }
                return f.name.text
            })
    }

    /// The instance properties a body declares, computed ones included.
    func predeclaredPropertyNames(_ members: MemberBlockItemListSyntax) -> Set<String> {
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

    /// The names of the static methods and properties a body declares.
    func predeclaredStaticNames(_ members: MemberBlockItemListSyntax) -> Set<String> {
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

    func allMemberNames(_ decl: TypeDecl) -> Set<String> {
        var names = decl.memberNames
        if let parent = decl.superclass?.text, let p = scopes.globals.typeDecl(parent) {
            names.formUnion(allMemberNames(p))
        }
        return names
    }
}
