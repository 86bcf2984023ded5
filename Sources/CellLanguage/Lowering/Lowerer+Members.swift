import Diagnostics
import SwiftSyntax

extension Lowerer {
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
