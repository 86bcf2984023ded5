import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct LayerStatisticsTests {
    /// A linear layer under MSE: the output statistics and ‖∂L/∂W‖ by hand,
    /// ∂L/∂W = (2/(N·U)) Xᵀ(XW + b − Y).
    @Test func linearLayerMatchesHandValues() throws {
        let dense = try Dense(2, name: "lin")
        let model = try Sequential([Input(shape: [2]), dense])
        let w: [[Float]] = [[1, -1], [0.5, 2]]
        let b: [Float] = [0.1, 0]
        try dense.setWeights([Tensor(w), Tensor(b)])
        try model.compile(loss: "mse")
        let x: [[Float]] = [[1, 2], [3, -1], [0, 1]]
        let y: [[Float]] = [[0, 1], [1, 0], [2, 2]]
        let stats = try model.layerStatistics(Tensor(x), Tensor(y))
        #expect(stats.count == 1 && stats[0].layer == "lin" && stats[0].kind == "Dense")
        var outputs: [Double] = []
        var grad = [[Double]](repeating: [0, 0], count: 2)
        var gradB = [0.0, 0.0]
        for n in 0..<3 {
            for u in 0..<2 {
                let p =
                    Double(b[u]) + (0..<2).reduce(0.0) { $0 + Double(x[n][$1]) * Double(w[$1][u]) }
                outputs.append(p)
                let r = p - Double(y[n][u])
                for i in 0..<2 { grad[i][u] += 2.0 / 6 * Double(x[n][i]) * r }
                gradB[u] += 2.0 / 6 * r
            }
        }
        let mean = outputs.reduce(0, +) / 6
        let std = sqrt(outputs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 6)
        let norm = sqrt(grad.flatMap { $0 }.reduce(0) { $0 + $1 * $1 })
        let normB = sqrt(gradB.reduce(0) { $0 + $1 * $1 })
        #expect(abs(stats[0].activationMean - mean) < 1e-5)
        #expect(abs(stats[0].activationStandardDeviation - std) < 1e-5)
        #expect(abs(stats[0].kernelGradientNorm - norm) < 1e-5)
        #expect(abs(stats[0].gradientNorms[1] - normB) < 1e-5)
        // The weights are untouched.
        #expect(dense.getWeights()[0] == (try Tensor(w)))
    }

    /// Sigmoid layers with N(0, 1) weights: gradients vanish toward the input (Glorot & Bengio
    /// 2010), the effect the chapter on initialization measures.
    @Test func sigmoidStackShowsVanishingGradients() throws {
        var layers: [any Layer] = [try Input(shape: [50])]
        for i in 0..<6 {
            layers.append(
                try Dense(
                    50, activation: .sigmoid,
                    kernelInitializer: RandomNormal(standardDeviation: 1, seed: UInt64(i))))
        }
        layers.append(try Dense(1, kernelInitializer: VarianceScaling.glorotUniform(seed: 6)))
        let model = try Sequential(layers)
        try model.compile(loss: "mse")
        var g = RandomGenerator(seed: 1)
        let x = try Tensor.randomNormal([64, 50], using: &g)
        let y = try Tensor.randomNormal([64, 1], using: &g)
        let norms = try model.layerStatistics(x, y).map(\.kernelGradientNorm)
        #expect(norms.count == 7)
        // Each layer's gradient is smaller than the next one's; the first is a third of the sixth.
        #expect(zip(norms, norms.dropFirst()).allSatisfy { $0 < $1 })
        #expect(norms[0] < norms[5] / 3)
    }
}
