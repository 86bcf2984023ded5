/// One recorded application of a ``Primitive``: what it was applied to and what it produced.
///
/// Nodes form a graph owned by the tensors that reference them; nothing global records them, so
/// the graph of a training step is freed with its loss (no tape grows across steps).
final class GradientNode {
    /// The operation and its non-tensor arguments.
    let primitive: Primitive
    /// The inputs' values (without their nodes) as the gradient rule needs them.
    let inputs: [Tensor]
    /// The nodes of the inputs, `nil` for inputs that do not depend on a variable.
    let parents: [GradientNode?]
    /// The output's value (without its node), for rules written in terms of the output.
    let output: Tensor
    /// For a variable of ``gradients(of:wrt:)``: its position in `wrt`.
    let variableIndex: Int?

    init(primitive: Primitive, inputs: [Tensor], output: Tensor) {
        self.primitive = primitive
        self.inputs = inputs.map { $0.detached() }
        self.parents = inputs.map { $0.node }
        self.output = output.detached()
        self.variableIndex = nil
    }

    init(variable index: Int, value: Tensor) {
        primitive = .identity
        inputs = []
        parents = []
        output = value.detached()
        variableIndex = index
    }
}

extension Tensor {
    /// Links `self` (just computed by `primitive` from `inputs`) into the gradient graph when an
    /// input depends on a variable; does nothing otherwise.
    @inline(__always)
    func recorded(_ primitive: @autoclosure () -> Primitive, _ inputs: Tensor...) -> Tensor {
        guard inputs.contains(where: { $0.node != nil }) else { return self }
        var result = self
        result.node = GradientNode(primitive: primitive(), inputs: inputs, output: self)
        return result
    }
}
