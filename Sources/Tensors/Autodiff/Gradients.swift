/// The value of `function` at `parameters` and its gradient with respect to each of them
/// (reverse-mode automatic differentiation).
///
/// `function` receives tracked copies of `parameters`; every operation on them is recorded as a
/// graph hanging off the result, and the backward pass walks that graph once in reverse
/// topological order, summing the gradients that reach each node. Nothing outlives the call, so
/// repeated calls (training steps) do not grow any tape. A non-scalar result is differentiated as
/// the sum of its elements. Parameters the result does not depend on get zero gradients.
public func valueAndGradients(
    of function: ([Tensor]) throws -> Tensor, wrt parameters: [Tensor]
) throws -> (value: Tensor, gradients: [Tensor]) {
    let tracked = parameters.enumerated().map { index, parameter -> Tensor in
        var t = parameter.detached()
        t.node = GradientNode(variable: index, value: parameter)
        return t
    }
    let result = try function(tracked)
    var gradients = parameters.map { Tensor.zeros(like: $0) }
    guard let root = result.node else { return (result.detached(), gradients) }

    var pending: [ObjectIdentifier: Tensor] = [ObjectIdentifier(root): Tensor.ones(like: result)]
    var received = [Bool](repeating: false, count: parameters.count)
    for node in topologicalOrder(from: root).reversed() {
        guard let g = pending.removeValue(forKey: ObjectIdentifier(node)) else { continue }
        if let index = node.variableIndex {
            gradients[index] = received[index] ? try gradients[index] + g : g
            received[index] = true
            continue
        }
        let inputGradients = try GradientRules.inputGradients(node, g)
        for (parent, gradient) in zip(node.parents, inputGradients) {
            guard let parent, let gradient else { continue }
            let key = ObjectIdentifier(parent)
            if let existing = pending[key] {
                pending[key] = try existing + gradient
            } else {
                pending[key] = gradient
            }
        }
    }
    return (result.detached(), gradients)
}

/// The gradients of `function` with respect to each of `parameters` (see
/// ``valueAndGradients(of:wrt:)``): `let (dW, db) = gradients(of: { p in loss(p) }, wrt: [w, b])`.
public func gradients(
    of function: ([Tensor]) throws -> Tensor, wrt parameters: [Tensor]
) throws -> [Tensor] {
    try valueAndGradients(of: function, wrt: parameters).gradients
}

/// The gradient of a function of one tensor at `x`.
public func gradient(of function: (Tensor) throws -> Tensor, at x: Tensor) throws -> Tensor {
    try valueAndGradients(of: { try function($0[0]) }, wrt: [x]).gradients[0]
}

/// Nodes reachable from `root`, each after all of its parents (iterative depth-first search, so
/// graphs hundreds of layers deep cannot overflow the stack).
func topologicalOrder(from root: GradientNode) -> [GradientNode] {
    var order: [GradientNode] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(GradientNode, Int)] = [(root, 0)]
    visited.insert(ObjectIdentifier(root))
    while let (node, next) = stack.popLast() {
        if next < node.parents.count {
            stack.append((node, next + 1))
            if let parent = node.parents[next], visited.insert(ObjectIdentifier(parent)).inserted {
                stack.append((parent, 0))
            }
        } else {
            order.append(node)
        }
    }
    return order
}
