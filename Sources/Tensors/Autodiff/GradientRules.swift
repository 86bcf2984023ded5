/// The gradient rule of every ``Primitive``: given the recorded node and the gradient of the
/// result (`g`, shaped like the output), the gradients of its inputs (`nil` where an input is not
/// differentiable). Broadcast inputs get their gradients summed back to their own shapes.
enum GradientRules {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func inputGradients(_ node: GradientNode, _ g: Tensor) throws -> [Tensor?] {
        let x = node.inputs.first ?? node.output
        let y = node.output
        switch node.primitive {
        case .identity:
            return [g]
        case .add:
            return [try g.summed(to: x.shape), try g.summed(to: node.inputs[1].shape)]
        case .subtract:
            return [try g.summed(to: x.shape), try (-g).summed(to: node.inputs[1].shape)]
        case .multiply:
            let b = node.inputs[1]
            return [try (g * b).summed(to: x.shape), try (g * x).summed(to: b.shape)]
        case .divide:
            let b = node.inputs[1]
            return [try (g / b).summed(to: x.shape), try (-(g * y) / b).summed(to: b.shape)]
        case .maximum, .minimum:
            let b = node.inputs[1]
            let isMax: Bool
            if case .maximum = node.primitive { isMax = true } else { isMax = false }
            let pick = try ElementwiseKernels.zip(x, b, operation: "select") {
                (isMax ? $0 >= $1 : $0 <= $1) ? 1 : 0
            }
            let ga = try g * pick
            return [try ga.summed(to: x.shape), try (g - ga).summed(to: b.shape)]
        case .negate:
            return [-g]
        case .exp:
            return [try g * y]
        case .log:
            return [try g / x]
        case .sqrt:
            return [try ElementwiseKernels.zip(g, y, operation: "sqrt") { 0.5 * $0 / $1 }]
        case .abs:
            return [
                try ElementwiseKernels.zip(g, x, operation: "abs") {
                    $1 > 0 ? $0 : ($1 < 0 ? -$0 : 0)
                }
            ]
        case .power(let p):
            return [try g * (x.pow(p - 1) * p)]
        case .tanh:
            return [try ElementwiseKernels.zip(g, y, operation: "tanh") { $0 * (1 - $1 * $1) }]
        case .sigmoid:
            return [try ElementwiseKernels.zip(g, y, operation: "sigmoid") { $0 * $1 * (1 - $1) }]
        case .relu:
            return [try ElementwiseKernels.zip(g, x, operation: "relu") { $1 > 0 ? $0 : 0 }]
        case .leakyRelu(let alpha):
            return [
                try ElementwiseKernels.zip(g, x, operation: "leakyRelu") {
                    $1 > 0 ? $0 : alpha * $0
                }
            ]
        case .elu(let alpha):
            let slope = try ElementwiseKernels.zip(x, y, operation: "elu") {
                $0 > 0 ? 1 : $1 + alpha
            }
            return [try g * slope]
        case .selu:
            let l = ActivationConstants.seluScale
            let la = l * ActivationConstants.seluAlpha
            let slope = try ElementwiseKernels.zip(x, y, operation: "selu") { $0 > 0 ? l : $1 + la }
            return [try g * slope]
        case .softplus:
            return [try g * x.sigmoid()]
        case .clip(let lower, let upper):
            return [
                try ElementwiseKernels.zip(g, x, operation: "clip") {
                    $1 >= lower && $1 <= upper ? $0 : 0
                }
            ]
        case .matmul(let tA, let tB):
            let b = node.inputs[1]
            let ga =
                tA
                ? try b.matmul(g, transposeSelf: tB, transposeOther: true)
                : try g.matmul(b, transposeOther: !tB)
            let gb =
                tB
                ? try g.matmul(x, transposeSelf: true, transposeOther: tA)
                : try x.matmul(g, transposeSelf: !tA)
            return [ga, gb]
        case .transpose(let perm):
            var inverse = perm
            for (i, p) in perm.enumerated() { inverse[p] = i }
            return [try g.transposed(inverse)]
        case .reshape:
            return [try g.reshaped(x.shape)]
        case .broadcast:
            return [try g.summed(to: x.shape)]
        case .sum(let axes, _):
            let kept = x.reducedShape(axes, keepDims: true)
            return [try g.reshaped(kept).broadcast(to: x.shape)]
        case .max(let axis, _), .min(let axis, _):
            var kept = x.shape
            kept[axis] = 1
            let yk = try y.reshaped(kept)
            let mask = try x.equal(yk)
            let ties = try mask.sum(alongAxis: axis, keepDims: true)
            return [try mask * (g.reshaped(kept) / ties)]
        case .gather(let indices):
            return [GatherKernels.scatterAdd(g, rows: indices, into: x.shape)]
        case .sliceRows(let range):
            return [GatherKernels.pad(g, rows: range, into: x.shape)]
        case .concatenate(let axis):
            return try GatherKernels.split(g, axis: axis, sizes: node.inputs.map { $0.shape[axis] })
        case .select:
            let c = node.inputs[0]
            let ga = try g * c
            return [nil, ga, try g - ga]
        case .sparseSoftmaxCrossEntropy(let labels):
            let n = Float(Swift.max(labels.count, 1))
            let p = try x.softmax()
            let onehot = try Tensor.oneHot(labels, classes: x.shape[1])
            return [try (p - onehot) * (g / n)]
        case .softmaxCrossEntropy:
            let t = node.inputs[1]
            let n = Float(Swift.max(x.shape[0], 1))
            let p = try x.softmax()
            let mass = try t.sum(alongAxis: 1, keepDims: true)
            let scale = g / n
            return [try (p * mass - t) * scale, try -(x.logSoftmax() * scale)]
        }
    }
}

extension Tensor {
    /// The gradient of a broadcast result summed back to the operand's `shape`.
    func summed(to target: [Int]) throws -> Tensor {
        if shape == target { return self }
        let axes = Broadcasting.reducedAxes(from: shape, to: target)
        return try sum(alongAxes: axes, keepDims: true).reshaped(target)
    }
}
