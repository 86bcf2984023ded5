import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct ConcatenateTests {
    @Test func joinsAlongTheLastAxisAndSplitsTheGradient() throws {
        let layer = Concatenate()
        let a = try Tensor([[1, 2], [3, 4]])
        let b = try Tensor([[5], [6]])
        let y = try layer.apply([a, b], weights: [], training: false)
        #expect(y == (try Tensor([[1, 2, 5], [3, 4, 6]])))
        #expect(try layer.outputShape(for: [[2], [1]]) == [3])
        let r = try Tensor([[1, 2, 3], [4, 5, 6]])
        let g = try gradients(
            of: { xs in try (layer.apply(xs, weights: [], training: true) * r).sum() },
            wrt: [a, b])
        let expectedA = try Tensor([[1, 2], [4, 5]])
        let expectedB = try Tensor([[3], [6]])
        #expect(g[0] == expectedA && g[1] == expectedB)
        let first = Concatenate(axis: 1)
        #expect(try first.outputShape(for: [[2, 3], [4, 3]]) == [6, 3])
    }

    @Test func rejectsMismatchedShapes() throws {
        let layer = Concatenate()
        do {
            _ = try layer.outputShape(for: [[2, 3], [4, 5]])
            Issue.record("mismatched shapes must throw")
        } catch let error as TensorError {
            #expect(
                error.description.contains("Received: input_shape=[(None, 2, 3), (None, 4, 5)]"))
        }
        #expect(throws: TensorError.self) { try layer.outputShape(for: [[Int]]()) }
        #expect(throws: TensorError.self) { try Sequential([Input(shape: [3]), Concatenate()]) }
    }

    @Test func wideAndDeepModelTrains() throws {
        let wide = try Input(shape: [2], name: "wide")
        let deep = try Input(shape: [3], name: "deep")
        let hidden = try Dense(4, activation: .relu)(deep)
        let merged = try Concatenate()([wide, hidden])
        let output = try Dense(1)(merged)
        let model = try Model(inputs: [wide, deep], outputs: [output])
        #expect(model.parameterCount == 16 + 7)
        var g = RandomGenerator(seed: 1)
        let xa = try Tensor.randomUniform([64, 2], using: &g)
        let xb = try Tensor.randomUniform([64, 3], using: &g)
        let y = try (xa.sum(alongAxis: 1, keepDims: true) - xb.sum(alongAxis: 1, keepDims: true))
        try model.compile(loss: "mse", optimizer: SGD(learningRate: 0.05))
        let history = try model.fit(
            inputs: [xa, xb], targets: [y], epochs: 20, batchSize: 16, verbose: 0)
        let losses = history.history["loss"] ?? []
        #expect(losses.count == 20 && losses.last! < losses.first!)
    }
}
