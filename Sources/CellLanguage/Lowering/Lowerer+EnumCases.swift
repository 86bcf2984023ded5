import Diagnostics
import SwiftSyntax

extension Lowerer {
    /// An identifier as written without the backticks that let it be a keyword.
    static func withoutBackticks(_ name: String) -> String {
        name.count > 2 && name.hasPrefix("`") && name.hasSuffix("`")
            ? String(name.dropFirst().dropLast()) : name
    }

    /// `case circle(radius: Double), square(Double)`, `case north = "N"`.
    func lowerEnumCases(_ c: EnumCaseDeclSyntax, into type: TypeDecl) {
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

    /// Whether an enum (or an extension of one) has raw values.
    func hasRawValues(_ type: TypeDecl) -> Bool {
        type.rawType != nil || scopes.globals.typeDecl(type.name)?.rawType != nil
    }
}
