import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct LayerRegistryTests {
    /// One layer of every kind, with non-default arguments where there are some.
    func everyKind() throws -> [any Layer] {
        let frozen = try Dense(
            7, activation: .tanh, useBias: false,
            kernelInitializer: VarianceScaling.heNormal(seed: 4),
            biasInitializer: Constant(0.5), name: "frozen_dense")
        frozen.trainable = false
        return [
            try Input(shape: [4, 3], name: "in"), frozen, try Dense(3),
            Flatten(name: "flat"), NeuralNetwork.Activation(.selu, name: "act"),
            try LeakyReLU(negativeSlope: 0.125),
            PReLU(alphaInitializer: Constant(0.25), sharedAxes: [1, 2]),
            try BatchNormalization(
                axis: 1, momentum: 0.9, epsilon: 1e-5, center: false, scale: true,
                gammaInitializer: RandomNormal(mean: 1, standardDeviation: 0.1, seed: 8),
                movingVarianceInitializer: Constant(2)),
            try Dropout(rate: 0.3, seed: 42), try Dropout(rate: 0.5), Concatenate(axis: 1),
            try Normalization(axis: -1, mean: [1, 2], variance: [3, 4], invert: true),
            try Normalization(axis: 2),
        ]
    }

    @Test func everyLayerRoundTripsThroughItsConfig() throws {
        for layer in try everyKind() {
            // Through JSON text, as a saved file would carry it.
            let text = try LayerRegistry.serialize(layer).encoded()
            let copy = try LayerRegistry.deserialize(JSONValue.decode(text))
            #expect(copy !== layer)
            #expect(copy.kind == layer.kind && copy.name == layer.name)
            #expect(copy.trainable == layer.trainable)
            #expect(copy.config == layer.config, "\(layer.kind): \(copy.config) vs \(layer.config)")
            #expect(!copy.isBuilt || copy.getWeights().isEmpty || copy.kind == "InputLayer")
        }
        #expect(LayerRegistry.kinds.count >= 10)
        // Floats are written as their shortest decimals.
        #expect(try LeakyReLU().config["negativeSlope"] == .number(0.3))
        #expect(Constant(0.1).config["value"] == .number(0.1))
    }

    @Test func recreatedLayersBehaveTheSame() throws {
        let bn = try BatchNormalization(momentum: 0.8, epsilon: 0.01)
        try bn.build(inputShape: [3])
        let copy = try LayerRegistry.recreate(bn)
        try copy.build(inputShape: [3], seed: 1)
        try copy.setWeights(bn.getWeights())
        let x = try LayerGradientCheck.random([4, 3], seed: 2)
        #expect(try copy(x, training: true) == bn(x, training: true))
        #expect(copy.getWeights() == bn.getWeights())
        let seeded = try Dense(3, kernelInitializer: VarianceScaling.glorotNormal(seed: 6))
        try seeded.build(inputShape: [2])
        let again = try LayerRegistry.recreate(seeded)
        try again.build(inputShape: [2], seed: 99)
        #expect(again.getWeights() == seeded.getWeights())
    }

    @Test func unknownKindsAndBadConfigsThrow() throws {
        do {
            _ = try LayerRegistry.makeLayer(kind: "Conv2D", config: .object([:]))
            Issue.record("an unknown kind must throw")
        } catch let error as TensorError {
            #expect(error.description.contains("Unknown layer: 'Conv2D'"))
        }
        #expect(throws: TensorError.self) {
            try LayerRegistry.makeLayer(kind: "Dense", config: .object(["units": .string("ten")]))
        }
        #expect(throws: TensorError.self) {
            try LayerRegistry.makeLayer(kind: "Dense", config: .object([:]))
        }
        #expect(throws: TensorError.self) {
            try LayerRegistry.makeLayer(kind: "Dropout", config: .object(["rate": .number(2)]))
        }
        #expect(throws: TensorError.self) {
            try LayerRegistry.makeLayer(
                kind: "PReLU", config: .object(["alphaInitializer": .string("magic")]))
        }
        #expect(throws: TensorError.self) { try LayerRegistry.deserialize(.array([])) }
        // Keras 2's `alpha` spelling of the LeakyReLU slope is accepted.
        let leaky = try LayerRegistry.makeLayer(
            kind: "LeakyReLU", config: .object(["alpha": .number(0.1)]))
        #expect((leaky as? LeakyReLU)?.negativeSlope == 0.1)
    }
}
