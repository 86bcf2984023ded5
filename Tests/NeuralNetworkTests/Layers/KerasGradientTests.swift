import Tensors
import Testing

@testable import NeuralNetwork

/// Gradients of Σ y·R against JAX's autodiff through Keras 3.15's layers
/// (keras_layers_golden.py), R = arange(12)·0.25 − 1 as a 4×3 matrix.
@Suite struct KerasGradientTests {
    var projection: Tensor {
        get throws { try Tensor.arange(12).reshaped([4, 3]) * 0.25 - 1 }
    }

    @Test func batchNormalizationTrainingGradientsMatchKeras() throws {
        let bn = try BatchNormalization(momentum: 0.9)
        try bn.build(inputShape: [3])
        let moving = [try Tensor.zeros([3]), try Tensor.ones([3])]
        let r = try projection
        let g = try gradients(
            of: { p in
                try (bn.apply(p[0], weights: [p[1], p[2]] + moving, training: true) * r).sum()
            }, wrt: [KerasInputs.x1, Tensor([1.5, 0.5, 2]), Tensor([0.1, -0.2, 0.3])])
        expectAllClose(
            g[0],
            [
                -1.3713587522506714, -0.19629168510437012, -0.7407867908477783,
                -0.5816677808761597, -0.16162481904029846, -1.1507980823516846,
                1.2044087648391724, 0.10390827059745789, 0.7134419679641724,
                0.7486177682876587, 0.2540082335472107, 1.178142786026001,
            ], tolerance: 1e-5)
        expectAllClose(g[1], [-1.5581810474395752, 0.8659330010414124, -1.6079829931259155])
        expectAllClose(g[2], [0.5, 1.5, 2.5])
    }

    @Test func preluGradientsMatchKeras() throws {
        let layer = PReLU()
        try layer.build(inputShape: [3])
        let r = try projection
        let g = try gradients(
            of: { p in try (layer.apply(p[0], weights: [p[1]], training: true) * r).sum() },
            wrt: [KerasInputs.x1, Tensor([0.1, 0.2, 0.3])])
        expectAllClose(
            g[0],
            [
                -1, -0.15000000596046448, -0.5, -0.25, 0, 0.07500000298023224, 0.5, 0, 1,
                0.125, 1.5, 0,
            ])
        expectAllClose(g[1], [-1.25, 1.5, -0.25])
    }
}
