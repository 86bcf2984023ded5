import Diagnostics
import NeuralNetwork
import Tensors

/// A variable as a cell value: a reference, so an optimizer's update shows in every name
/// bound to it.
final class VariableBox: DisplayableObject {
    let variable: Variable
    init(_ variable: Variable) { self.variable = variable }
    var typeName: String { "Variable" }
    var printedDescription: String {
        "<Variable name=\(variable.name), shape=\(variable.value.shape), value=\(variable.value.scalars)>"
    }
    var display: Display { TensorBox(variable.value).display }
}

extension BuiltinRegistry {
    /// `Variable(_:constraint:name:)` (Keras's `keras.Variable`) from a tensor or numbers, with
    /// `value`, `shape`, `name` and `assign(_:)`; and `optimizer.applyGradients(_:)` on pairs
    /// `(gradient, variable)` (Keras's `apply_gradients`), clipped as the optimizer says.
    func registerVariables() {
        let make = Builtin(
            "Variable",
            [
                .positional(), .labeled("constraint", defaulted: true),
                .labeled("name", defaulted: true),
            ]
        ) { inv in
            let value = try inv.data(0)
            let constraint = try inv.constraint(1)
            let name = try inv.optionalString(2)
            return .object(VariableBox(Variable(value, constraint: constraint, name: name)))
        }
        types["Variable"] = BuiltinType("Variable", initializers: [make])
        let assign = Builtin("assign", [.positional()]) { inv in
            guard case .object(let o as VariableBox) = inv.receiver else { return .void }
            let value = try inv.data(0)
            try Self.tensorCall(inv) { try o.variable.assign(value) }
            return .void
        }
        objectMethods.append { value in
            guard case .object(let o) = value, o is VariableBox else { return [:] }
            return ["assign": [assign]]
        }
        objectProperties.append { name, value in
            guard case .object(let o as VariableBox) = value else { return nil }
            switch name {
            case "value": return Self.box(o.variable.value)
            case "shape": return .array(o.variable.value.shape.map { .int($0) })
            case "name": return .string(o.variable.name)
            default: return nil
            }
        }
        let applyGradients = Builtin("applyGradients", [.positional()]) { inv in
            guard case .object(let o as OptimizerBox) = inv.receiver else { return .void }
            let expected = "[(Tensor, Variable)]"
            let pairs = try inv.array(0).map { item -> (gradient: Tensor, variable: Variable) in
                guard case .tuple(let parts, _) = item, parts.count == 2,
                    case .object(let v as VariableBox) = parts[1]
                else { throw inv.mismatch(0, expected: expected) }
                return (try Invocation.dataTensor(parts[0], at: inv.range(0)), v.variable)
            }
            try Self.tensorCall(inv) { try o.optimizer.applyGradients(pairs) }
            return .void
        }
        objectMethods.append { value in
            guard case .object(let o) = value, o is OptimizerBox else { return [:] }
            return ["applyGradients": [applyGradients]]
        }
    }
}
