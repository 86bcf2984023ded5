import Tensors
import Testing

@testable import NeuralNetwork

/// Parameter counts of the chapters' models, as Keras 3.15 reports them
/// (keras_layers_golden.py prints these summaries).
@Suite struct LayerParameterCountTests {
    @Test func mlpWithBatchNormalizationMatchesKeras() throws {
        let model = try Sequential(
            [
                Input(shape: [28, 28]), Flatten(name: "flatten"),
                BatchNormalization(name: "bn_0"), Dense(300, activation: .relu, name: "d1"),
                BatchNormalization(name: "bn_1"), Dense(100, activation: .relu, name: "d2"),
                BatchNormalization(name: "bn_2"), Dense(10, activation: .softmax, name: "d3"),
            ], name: "mlp_bn")
        #expect(model.parameterCount == 271_346)
        #expect(model.trainableParameterCount == 268_978)
        #expect(model.nonTrainableParameterCount == 2_368)
        let summary = model.summary()
        #expect(summary.rows.map(\.parameters) == [0, 3_136, 235_500, 1_200, 30_100, 400, 1_010])
        #expect(
            summary.rows.map(\.outputShape) == [
                "(None, 784)", "(None, 784)", "(None, 300)", "(None, 300)", "(None, 100)",
                "(None, 100)", "(None, 10)",
            ])
        #expect(summary.rows[1].layer == "bn_0 (BatchNormalization)")
        #expect(summary.text.contains(" Total params: 271,346 (1.04 MB)"))
        #expect(summary.text.contains(" Trainable params: 268,978 (1.03 MB)"))
        #expect(summary.text.contains(" Non-trainable params: 2,368 (9.25 KB)"))
    }

    /// Batch normalization before the activation, Dense layers without bias: Keras 270,946 /
    /// 268,578 / 2,368.
    @Test func normalizationBeforeActivationMatchesKeras() throws {
        let model = try Sequential([
            Input(shape: [28, 28]), Flatten(), BatchNormalization(),
            Dense(300, useBias: false), BatchNormalization(), NeuralNetwork.Activation(.relu),
            Dense(100, useBias: false), BatchNormalization(), NeuralNetwork.Activation(.relu),
            Dense(10, activation: .softmax),
        ])
        #expect(model.parameterCount == 270_946)
        #expect(model.trainableParameterCount == 268_578)
        #expect(model.nonTrainableParameterCount == 2_368)
    }

    @Test func preluAndLeakyReLUModelMatchesKeras() throws {
        let model = try Sequential([
            Input(shape: [28, 28]), Flatten(), Dense(100, kernelInitializer: .heNormal), PReLU(),
            Dense(50, kernelInitializer: .heNormal), LeakyReLU(negativeSlope: 0.2),
            Dropout(rate: 0.2), Dense(10, activation: .softmax),
        ])
        #expect(model.summary().rows.map(\.parameters) == [0, 78_500, 100, 5_050, 0, 0, 510])
        #expect(model.parameterCount == 84_160 && model.nonTrainableParameterCount == 0)
        #expect(model.summary().rows.map(\.outputShape).last == "(None, 10)")
    }

    /// A wide & deep model with a Normalization layer: Keras 259 / 246 / 13.
    @Test func wideAndDeepWithNormalizationMatchesKeras() throws {
        let inputA = try Input(shape: [5])
        let inputB = try Input(shape: [6])
        let normalized = try Normalization()(inputB)
        let hidden = try Dense(30, activation: .relu)(normalized)
        let merged = try Concatenate()([inputA, hidden])
        let output = try Dense(1)(merged)
        let model = try Model(inputs: [inputA, inputB], outputs: [output])
        #expect(model.parameterCount == 259)
        #expect(model.trainableParameterCount == 246 && model.nonTrainableParameterCount == 13)
        let row = try #require(model.summary().rows.first { $0.layer.hasSuffix("(Concatenate)") })
        #expect(row.outputShape == "(None, 35)" && row.connectedTo.count == 2)
    }
}
