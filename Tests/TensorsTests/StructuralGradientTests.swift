import Testing

@testable import Tensors

/// Finite-difference checks of the matrix, shape, reduction, indexing and loss primitives, and
/// of the composite operations built from them.
struct StructuralGradientTests {
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func matmul(_ flags: (Bool, Bool)) throws {
        let (ta, tb) = flags
        let a = GradientCheck.random(ta ? [4, 3] : [3, 4], seed: 1)
        let b = GradientCheck.random(tb ? [5, 4] : [4, 5], seed: 2)
        try GradientCheck.check("matmul \(ta) \(tb)", [a, b]) {
            try $0[0].matmul($0[1], transposeSelf: ta, transposeOther: tb)
        }
    }

    @Test func transposeAndReshape() throws {
        let x = GradientCheck.random([2, 3, 4], seed: 3)
        try GradientCheck.check("transpose", [x]) { try $0[0].transposed([2, 0, 1]) }
        try GradientCheck.check("reverse", [x]) { try $0[0].transposed() }
        try GradientCheck.check("reshape", [x]) { try $0[0].reshaped([4, -1]) }
        try GradientCheck.check("expand+squeeze", [x]) { try $0[0].expandingDims(at: 1).squeezed() }
        try GradientCheck.check("flatten", [x]) { $0[0].flattenedBatch() }
    }

    @Test func reductions() throws {
        let x = GradientCheck.random([2, 3, 4], seed: 4)
        try GradientCheck.check("sum all", [x]) { try $0[0].sum() }
        try GradientCheck.check("sum 1", [x]) { try $0[0].sum(alongAxis: 1) }
        try GradientCheck.check("sum 0,2 keep", [x]) {
            try $0[0].sum(alongAxes: [0, 2], keepDims: true)
        }
        try GradientCheck.check("mean -1", [x]) { try $0[0].mean(alongAxis: -1) }
        try GradientCheck.check("variance 0", [x]) { try $0[0].variance(alongAxes: [0]) }
        try GradientCheck.check("variance all", [x]) { try $0[0].variance() }
        try GradientCheck.check("max 1", [x]) { try $0[0].max(alongAxis: 1) }
        try GradientCheck.check("min 2 keep", [x]) { try $0[0].min(alongAxis: 2, keepDims: true) }
        try GradientCheck.check("max all", [x]) { try $0[0].max() }
        try GradientCheck.check("std", [x]) { try $0[0].standardDeviation(alongAxes: [2]) }
    }

    @Test func indexing() throws {
        let x = GradientCheck.random([5, 3], seed: 5)
        try GradientCheck.check("gather", [x]) { try $0[0].gathering(rows: [4, 0, 4, 2]) }
        try GradientCheck.check("rows", [x]) { try $0[0].rows(1..<4) }
        try GradientCheck.check("row", [x]) { try $0[0].row(2) }
    }

    @Test func joining() throws {
        let a = GradientCheck.random([2, 3], seed: 6)
        let b = GradientCheck.random([2, 2], seed: 7)
        let c = GradientCheck.random([2, 3], seed: 8)
        try GradientCheck.check("concatenate 1", [a, b]) {
            try Tensor.concatenate([$0[0], $0[1]], axis: 1)
        }
        try GradientCheck.check("concatenate 0", [a, c]) {
            try Tensor.concatenate([$0[0], $0[1], $0[0]], axis: 0)
        }
        try GradientCheck.check("stack", [a, c]) { try Tensor.stack([$0[0], $0[1]], axis: -1) }
    }

    @Test func softmaxFamily() throws {
        let x = GradientCheck.random([3, 5], seed: 9)
        try GradientCheck.check("softmax", [x]) { try $0[0].softmax() }
        try GradientCheck.check("softmax 0", [x]) { try $0[0].softmax(alongAxis: 0) }
        try GradientCheck.check("logSoftmax", [x]) { try $0[0].logSoftmax() }
        try GradientCheck.check("logSumExp", [x]) { try $0[0].logSumExp() }
    }

    @Test func losses() throws {
        let logits = GradientCheck.random([4, 5], seed: 10)
        let targets = try GradientCheck.positive([4, 5], seed: 11).softmax()
        try GradientCheck.check("sparse CE", [logits]) {
            try sparseSoftmaxCrossEntropy(logits: $0[0], labels: [1, 0, 4, 1])
        }
        try GradientCheck.check("CE", [logits, targets]) {
            try softmaxCrossEntropy(logits: $0[0], targets: $0[1])
        }
    }

    @Test func denseLayer() throws {
        let x = GradientCheck.random([4, 3], seed: 12)
        let w = GradientCheck.random([3, 2], seed: 13)
        let b = GradientCheck.random([2], seed: 14)
        try GradientCheck.check("dense selu", [x, w, b]) {
            try ($0[0].matmul($0[1]) + $0[2]).selu()
        }
    }

    @Test func reusedVariableAccumulates() throws {
        let x = try Tensor([[1, 2], [3, 4]])
        let g = try gradient(of: { try ($0 * $0 + $0).sum() }, at: x)
        #expect(g.scalars == [3, 5, 7, 9])
        let unused = try gradients(of: { try $0[0].sum() }, wrt: [x, Tensor([1, 2, 3])])
        #expect(unused[1].scalars == [0, 0, 0])
    }

    @Test func detachedStopsGradient() throws {
        let x = Tensor([1, 2])
        let g = try gradient(of: { try ($0 * $0.detached()).sum() }, at: x)
        #expect(g.scalars == [1, 2])
    }
}

/// The recorded graph lives only as long as the call: nothing accumulates across steps.
struct GraphLifetimeTests {
    @Test func graphIsReleasedAfterGradients() throws {
        weak var recorded: GradientNode?
        let w = Tensor([1, 2, 3])
        for _ in 0..<3 {
            let (value, grads) = try valueAndGradients(
                of: { p in
                    let h = try (p[0] * p[0]).sum()
                    recorded = h.node
                    return h
                }, wrt: [w])
            #expect(value.node == nil && grads[0].node == nil)
            #expect(grads[0].scalars == [2, 4, 6])
        }
        #expect(recorded == nil)
    }
}
