import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct ActivationLayerTests {
    /// Keras 3.15 (keras_layers_golden.py): the layer's default slope is 0.3.
    @Test func leakyReLUMatchesKeras() throws {
        let layer = try LeakyReLU()
        #expect(layer.negativeSlope == 0.3)
        expectAllClose(
            try layer(KerasInputs.x1),
            [
                1, -0.6000000238418579, 3, 0.5, 4, -0.30000001192092896, 2, 0, 1.5,
                -0.30000001192092896, 1, 0,
            ])
        expectAllClose(
            try LeakyReLU(alpha: 0.1)(KerasInputs.x1),
            [
                1, -0.20000000298023224, 3, 0.5, 4, -0.10000000149011612, 2, 0, 1.5,
                -0.10000000149011612, 1, 0,
            ])
        #expect(layer.parameterCount == 0 && layer.getWeights().isEmpty)
        do {
            _ = try LeakyReLU(negativeSlope: -1)
            Issue.record("a negative slope must throw")
        } catch let error as TensorError {
            #expect(error.description.hasSuffix("Received: negative_slope=-1.0"))
        }
        try LayerGradientCheck.check(
            layer, input: try LayerGradientCheck.random([3, 4], seed: 1), training: true)
    }

    /// Keras 3.15: PReLU with slopes (0.1, 0.2, 0.3).
    @Test func preluMatchesKeras() throws {
        let layer = PReLU()
        try layer.build(inputShape: [3])
        #expect(layer.alpha == (try Tensor.zeros([3])))
        try layer.setWeights([Tensor([0.1, 0.2, 0.3])])
        expectAllClose(
            try layer(KerasInputs.x1),
            [
                1, -0.4000000059604645, 3, 0.5, 4, -0.30000001192092896, 2, 0, 1.5,
                -0.10000000149011612, 1, 0,
            ])
        #expect(layer.parameterCount == 3 && layer.trainableParameterCount == 3)
        // Keras: shared_axes=[1] on inputs (None, 3, 2) gives alpha of shape (1, 2).
        let shared = PReLU(alphaInitializer: Constant(0.25), sharedAxes: [1])
        try shared.build(inputShape: [3, 2])
        #expect(shared.alpha?.shape == [1, 2] && shared.parameterCount == 2)
        let y = try shared(Tensor(shape: [1, 3, 2], scalars: [-4, 4, -8, 8, 1, -1]))
        #expect(y.scalars == [-1, 4, -2, 8, 1, -0.25])
        #expect(throws: TensorError.self) {
            try PReLU(sharedAxes: [3]).build(inputShape: [3, 2])
        }
        #expect(throws: TensorError.self) { try layer(Tensor.ones([2, 4])) }
    }

    @Test func preluGradientsMatchFiniteDifferences() throws {
        let layer = PReLU(alphaInitializer: RandomUniform(minimum: 0.1, maximum: 0.5))
        try layer.build(inputShape: [4], seed: 3)
        try LayerGradientCheck.check(
            layer, input: try LayerGradientCheck.random([3, 4], seed: 2), training: true)
        let shared = PReLU(alphaInitializer: Constant(0.2), sharedAxes: [1])
        try shared.build(inputShape: [3, 2])
        try LayerGradientCheck.check(
            shared, input: try LayerGradientCheck.random([2, 3, 2], seed: 6), training: true)
    }

    @Test func activationLayerAppliesItsFunction() throws {
        let layer = try NeuralNetwork.Activation("relu")
        #expect(layer.activation.name == "relu")
        #expect(try layer(KerasInputs.x1).scalars == [1, 0, 3, 0.5, 4, 0, 2, 0, 1.5, 0, 1, 0])
        let tanh = NeuralNetwork.Activation(.tanh)
        let x = try LayerGradientCheck.random([2, 3], seed: 8)
        #expect(try tanh(x) == x.tanh())
        try LayerGradientCheck.check(tanh, input: x, training: false)
        #expect(throws: TensorError.self) { try NeuralNetwork.Activation("swishy") }
    }

    @Test func flattenKeepsTheBatchAxis() throws {
        let layer = Flatten()
        #expect(try layer.outputShape(for: [28, 28]) == [784])
        let x = try Tensor.arange(24).reshaped([2, 3, 4])
        let y = try layer(x)
        #expect(y.shape == [2, 12] && y.scalars == x.scalars)
        try LayerGradientCheck.check(layer, input: x, training: false)
    }
}
