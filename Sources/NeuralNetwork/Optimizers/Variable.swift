import Tensors

/// A named tensor that an optimizer updates in place (Keras's `keras.Variable`), for training
/// loops written by hand: `let v = Variable(Tensor([0, 0]))`, then
/// `try optimizer.applyGradients([(gradient, v)])`. It may carry a ``Constraint``, applied after
/// each update as Keras does.
public final class Variable {
    /// The current value.
    public var value: Tensor
    /// The variable's name.
    public let name: String
    /// The projection applied after each optimizer update, if any.
    public let constraint: Constraint?

    /// A variable holding `value` (detached from any gradient computation).
    public init(_ value: Tensor, constraint: Constraint? = nil, name: String? = nil) {
        self.value = value.detached()
        self.constraint = constraint
        self.name = name ?? "variable"
    }

    /// Replaces the value; throws when the shape differs (Keras's `assign`).
    public func assign(_ newValue: Tensor) throws {
        guard newValue.shape == value.shape else {
            throw TensorError.shapeMismatch(
                operation: "Variable '\(name)'.assign", lhs: value.shape, rhs: newValue.shape)
        }
        value = newValue.detached()
    }
}

extension Optimizer {
    /// One update of `pairs`' variables from their gradients (Keras's `apply_gradients`),
    /// clipped as the optimizer is configured, counting one iteration; each variable's
    /// constraint is applied afterwards. The optimizer keeps its state (momentum …) by
    /// position, as for a model's weights: pass the same variables in the same order at every
    /// step. Throws when a gradient's shape differs from its variable's.
    public func applyGradients(_ pairs: [(gradient: Tensor, variable: Variable)]) throws {
        for (gradient, variable) in pairs where gradient.shape != variable.value.shape {
            throw TensorError.shapeMismatch(
                operation: "\(name).applyGradients", lhs: variable.value.shape, rhs: gradient.shape)
        }
        var values = pairs.map(\.variable.value)
        try apply(gradients: pairs.map { $0.gradient.detached() }, to: &values)
        for (pair, value) in zip(pairs, values) {
            pair.variable.value = try pair.variable.constraint.map { try $0(value) } ?? value
        }
    }
}
