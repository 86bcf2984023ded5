import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct BatchNormalizationTests {
    /// γ, β and the starting moving statistics of the Keras reference (momentum 0.9).
    func referenceLayer() throws -> BatchNormalization {
        let bn = try BatchNormalization(momentum: 0.9, name: "bn")
        try bn.build(inputShape: [3])
        try bn.setWeights([
            Tensor([1.5, 0.5, 2]), Tensor([0.1, -0.2, 0.3]), Tensor([0, 0, 0]), Tensor([1, 1, 1]),
        ])
        return bn
    }

    @Test func trainingNormalizesWithTheBatchStatisticsByHand() throws {
        let bn = try BatchNormalization(momentum: 0.5, epsilon: 0.01)
        try bn.build(inputShape: [2])
        // Column 0: 1, 3 → mean 2, biased variance 1; column 1: 0, 4 → mean 2, variance 4.
        let x = try Tensor([[1, 0], [3, 4]])
        let y = try bn(x, training: true)
        let s0 = 1 / Float(1.01).squareRoot()
        let s1 = 1 / Float(4.01).squareRoot()
        expectAllClose(y, [-s0, -2 * s1, s0, 2 * s1])
        // moving = moving·0.5 + batch·0.5 from (0, 1).
        expectAllClose(bn.movingMean!, [1, 1])
        expectAllClose(bn.movingVariance!, [1, 2.5])
        // A second step on another batch: column 0: 0, 2 → mean 1, variance 1; column 1: 2, 2.
        _ = try bn(try Tensor([[0, 2], [2, 2]]), training: true)
        expectAllClose(bn.movingMean!, [1, 1.5])
        expectAllClose(bn.movingVariance!, [1, 1.25])
        // Inference uses the moving statistics and changes nothing.
        let z = try bn(x, training: false)
        expectAllClose(
            z,
            [
                0, -1.5 / Float(1.26).squareRoot(), 2 / Float(1.01).squareRoot(),
                2.5 / Float(1.26).squareRoot(),
            ])
        expectAllClose(bn.movingMean!, [1, 1.5])
    }

    /// Keras 3.15 (keras_layers_golden.py): two training steps then inference.
    @Test func matchesKerasTrainingAndInference() throws {
        let bn = try referenceLayer()
        let step1 = try bn(KerasInputs.x1, training: true)
        expectAllClose(
            step1,
            [
                0.6193937063217163, -0.8350175619125366, 3.1036624908447266,
                -0.07313120365142822, 0.5504752993583679, -2.1738200187683105,
                2.004443645477295, -0.3731865882873535, 1.1246066093444824,
                -2.1507058143615723, -0.14227111637592316, -0.8544493317604065,
            ])
        expectAllClose(bn.movingMean!, [0.0625, 0.07500000298023224, 0.08749999850988388])
        expectAllClose(
            bn.movingVariance!, [1.017187476158142, 1.368749976158142, 1.1296874284744263])
        let step2 = try bn(KerasInputs.x2, training: true)
        expectAllClose(
            step2,
            [
                -1.5030523538589478, -0.06641232967376709, -2.2346267700195312,
                2.1038155555725098, -0.8679383993148804, 0.4810447692871094,
                -0.3007631301879883, 0.33435070514678955, 2.6535820960998535,
            ])
        expectAllClose(
            bn.movingMean!, [0.18958333134651184, 0.1341666728258133, 0.1120833307504654])
        expectAllClose(
            bn.movingVariance!, [1.0710241794586182, 1.3874305486679077, 1.355607509613037])
        let inference = try bn(KerasInputs.x1, training: false)
        expectAllClose(
            inference,
            [
                1.2740789651870728, -1.1055996417999268, 5.258925437927246,
                0.5497114658355713, 1.4404048919677734, -1.6095904111862183,
                2.7228140830993652, -0.25693148374557495, 2.683231830596924,
                -1.623391032218933, 0.16740259528160095, 0.10753849148750305,
            ])
        expectAllClose(
            bn.movingMean!, [0.18958333134651184, 0.1341666728258133, 0.1120833307504654])
    }

    /// Keras 3.15 with the defaults on rank-3 inputs: statistics over the batch and time axes.
    @Test func matchesKerasOnRank3Inputs() throws {
        let bn = try BatchNormalization()
        let x = try Tensor.arange(12).reshaped([2, 3, 2]) * 0.5 - 2
        let y = try bn(x, training: true)
        let a: Float = 1.4635992050170898
        let b: Float = 0.8781595230102539
        let c: Float = 0.29271984100341797
        expectAllClose(y, [-a, -a, -b, -b, -c, -c, c, c, b, b, a, a])
        expectAllClose(bn.movingMean!, [0.004999999888241291, 0.009999999776482582])
        expectAllClose(bn.movingVariance!, [1.0191667079925537, 1.0191667079925537])
        #expect(bn.parameterCount == 8)
    }

    @Test func countsParametersAsKeras() throws {
        let bn = try BatchNormalization()
        try bn.build(inputShape: [784])
        #expect(bn.parameterCount == 3_136)
        #expect(bn.trainableParameterCount == 1_568 && bn.nonTrainableParameterCount == 1_568)
        #expect(bn.trainableWeights.count == 2 && bn.nonTrainableWeights.count == 2)
        bn.trainable = false
        #expect(bn.trainableParameterCount == 0 && bn.nonTrainableParameterCount == 3_136)
        let bare = try BatchNormalization(center: false, scale: false)
        try bare.build(inputShape: [10])
        #expect(bare.getWeights().count == 2 && bare.parameterCount == 20)
        #expect(bare.trainableParameterCount == 0)
        let channels = try BatchNormalization(axis: 1)
        try channels.build(inputShape: [3, 5])
        #expect(channels.parameterCount == 12)
    }

    /// A frozen layer normalizes with its moving statistics even in training (Keras 3).
    @Test func frozenLayerRunsInInferenceMode() throws {
        let bn = try referenceLayer()
        bn.trainable = false
        let y = try bn(KerasInputs.x1, training: true)
        let expected = try bn(KerasInputs.x1, training: false)
        #expect(y == expected)
        expectAllClose(bn.movingMean!, [0, 0, 0])
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        let bn = try referenceLayer()
        let x = try LayerGradientCheck.random([5, 3], seed: 4)
        try LayerGradientCheck.check(bn, input: x, training: true, differentiated: 2)
        try LayerGradientCheck.check(bn, input: x, training: false, differentiated: 2)
        let channels = try BatchNormalization(axis: 1, momentum: 0.9)
        try channels.build(inputShape: [2, 3])
        try LayerGradientCheck.check(
            channels, input: try LayerGradientCheck.random([3, 2, 3], seed: 5), training: true,
            differentiated: 2)
    }

    @Test func rejectsBadArgumentsAndShapes() throws {
        #expect(throws: TensorError.self) { try BatchNormalization(momentum: 1.5) }
        #expect(throws: TensorError.self) { try BatchNormalization(epsilon: 0) }
        let bn = try BatchNormalization(axis: 0)
        #expect(throws: TensorError.self) { try bn.build(inputShape: [3]) }
        let layer = try referenceLayer()
        #expect(throws: TensorError.self) { try layer(Tensor.ones([2, 4]), training: true) }
        #expect(throws: TensorError.self) { try layer.setWeights([Tensor.ones([3])]) }
        #expect(throws: TensorError.self) {
            try layer.setWeights([
                Tensor.ones([3]), Tensor.ones([3]), Tensor.ones([3]), Tensor.ones([4]),
            ])
        }
    }
}
