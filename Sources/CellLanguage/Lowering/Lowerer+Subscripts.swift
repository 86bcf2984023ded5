import Diagnostics
import SwiftSyntax

extension Lowerer {
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
}
