import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct CloneModelTests {
    @Test func cloneModelCopiesTheArchitectureWithFreshWeights() throws {
        let model = try Sequential(
            [
                Input(shape: [6]), Dense(8, activation: .relu), BatchNormalization(), PReLU(),
                Dropout(rate: 0.2), Dense(2, activation: .softmax),
            ], name: "clonable")
        let clone = try #require(try cloneModel(model) as? Sequential)
        #expect(clone !== model && clone.name == "clonable")
        #expect(clone.layers.map(\.kind) == model.layers.map(\.kind))
        #expect(clone.layers.map(\.name) == model.layers.map(\.name))
        #expect(clone.layers.map(\.config) == model.layers.map(\.config))
        #expect(clone.summary().rows == model.summary().rows)
        #expect(clone.parameterCount == model.parameterCount)
        #expect(clone.getWeights().map(\.shape) == model.getWeights().map(\.shape))
        #expect(clone.getWeights()[0] != model.getWeights()[0], "fresh kernel")
        #expect(zip(clone.layers, model.layers).allSatisfy { $0 !== $1 })
        #expect(clone.compiled == nil)
        try clone.setWeights(model.getWeights())
        let x = try LayerGradientCheck.random([5, 6], seed: 3)
        #expect(try clone.predict(x) == model.predict(x))
    }

    @Test func cloneModelCopiesFunctionalGraphsAndSharedLayers() throws {
        let a = try Input(shape: [3], name: "a")
        let b = try Input(shape: [3], name: "b")
        let shared = try Dense(4, activation: .relu, name: "shared")
        let merged = try Concatenate(name: "merge")([shared(a), shared(b)])
        let output = try Dense(1, name: "out")(BatchNormalization(name: "bn")(merged))
        let model = try Model(inputs: [a, b], outputs: [output], name: "siamese")
        let clone = try cloneModel(model)
        #expect(clone.kind == "Functional" && clone.name == "siamese")
        #expect(clone.layers.map(\.name) == model.layers.map(\.name))
        #expect(clone.summary().rows == model.summary().rows)
        #expect(clone.parameterCount == model.parameterCount)
        #expect(clone.layers.filter { $0.name == "shared" }.count == 1)
        #expect(clone.getWeights()[0] != model.getWeights()[0])
        try clone.setWeights(model.getWeights())
        let xa = try LayerGradientCheck.random([4, 3], seed: 1)
        let xb = try LayerGradientCheck.random([4, 3], seed: 2)
        #expect(try clone.predict(inputs: [xa, xb]) == model.predict(inputs: [xa, xb]))

        final class Custom: Model {
            override func call(_ x: Tensor, training: Bool) throws -> Tensor { x }
        }
        #expect(throws: TensorError.self) { try cloneModel(Custom()) }
    }
}
