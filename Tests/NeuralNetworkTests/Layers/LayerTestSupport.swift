import Tensors
import Testing

@testable import NeuralNetwork

/// Expects `actual` to have `expected`'s elements within `tolerance`, relative to values above
/// 1 in magnitude and absolute below.
func expectAllClose(
    _ actual: Tensor, _ expected: [Float], tolerance: Float = 1e-5,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let values = actual.scalars
    #expect(
        values.count == expected.count, "\(values.count) values, expected \(expected.count)",
        sourceLocation: sourceLocation)
    let worst = zip(values, expected).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
    #expect(worst <= tolerance, "\(values) vs \(expected)", sourceLocation: sourceLocation)
}

/// Finite-difference gradient checks of layers, as `TensorsTests/GradientCheck` does for
/// primitives: the engine is Float32-only, so the objective L = Σᵢ f(x)ᵢ·rᵢ (a fixed random
/// projection r) is accumulated in Float64 and the engine's reverse-mode gradient is compared
/// with the central difference (L(x + εeⱼ) − L(x − εeⱼ)) / 2ε element by element.
enum LayerGradientCheck {
    /// The largest mismatch |analytic − numeric| / (atol + rtol·|numeric|) over all inputs and
    /// elements; a check passes when it is at most 1.
    static func worstMismatch(
        _ inputs: [Tensor], epsilon: Float = 3e-3, rtol: Double = 2e-2, atol: Double = 2e-3,
        _ f: ([Tensor]) throws -> Tensor
    ) throws -> Double {
        let y = try f(inputs)
        var generator = RandomGenerator(seed: 99)
        let r = try Tensor.randomUniform(y.shape, lower: 0.5, upper: 1.5, using: &generator)
        let rScalars = r.scalars.map(Double.init)
        func objective(_ xs: [Tensor]) throws -> Double {
            zip(try f(xs).scalars, rScalars).reduce(0) { $0 + Double($1.0) * $1.1 }
        }
        let analytic = try gradients(of: { xs in try (f(xs) * r).sum() }, wrt: inputs)
        var worst = 0.0
        for (k, input) in inputs.enumerated() {
            #expect(analytic[k].shape == input.shape, "gradient shape of input \(k)")
            let grad = analytic[k].scalars
            for j in 0..<input.count {
                var plus = inputs
                var minus = inputs
                plus[k].withUnsafeMutableBufferPointer { $0[j] += epsilon }
                minus[k].withUnsafeMutableBufferPointer { $0[j] -= epsilon }
                let step = Double(plus[k].scalars[j]) - Double(minus[k].scalars[j])
                let numeric = (try objective(plus) - objective(minus)) / step
                let mismatch = abs(Double(grad[j]) - numeric) / (atol + rtol * abs(numeric))
                worst = max(worst, mismatch)
            }
        }
        return worst
    }

    /// Records a test issue unless the gradients of `layer` applied in the given mode, with
    /// respect to its input `x` and to each of its first `differentiated` weights (all by
    /// default; the rest, such as moving statistics, are held fixed), match finite differences.
    static func check(
        _ layer: any Layer, input x: Tensor, training: Bool, differentiated: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let weights = layer.getWeights()
        let k = differentiated ?? weights.count
        let fixed = Array(weights.dropFirst(k))
        let worst = try worstMismatch([x] + weights.prefix(k)) { xs in
            try layer.apply(xs[0], weights: Array(xs.dropFirst()) + fixed, training: training)
        }
        #expect(
            worst <= 1, "\(layer.kind) gradient mismatch \(worst)", sourceLocation: sourceLocation)
    }

    /// A random tensor whose elements stay at least 0.1 away from 0 (the kinks of ReLUs).
    static func random(_ shape: [Int], seed: UInt64, lower: Float = -2, upper: Float = 2) throws
        -> Tensor
    {
        var g = RandomGenerator(seed: seed)
        var t = try Tensor.randomUniform(shape, lower: lower, upper: upper, using: &g)
        t.withUnsafeMutableBufferPointer { p in
            for i in p.indices where abs(p[i]) < 0.1 { p[i] = p[i] < 0 ? p[i] - 0.1 : p[i] + 0.1 }
        }
        return t
    }
}

/// The inputs of the Keras reference values (keras_layers_golden.py in Golden/).
enum KerasInputs {
    static var x1: Tensor {
        get throws { try Tensor([[1, -2, 3], [0.5, 4, -1], [2, 0, 1.5], [-1, 1, 0]]) }
    }
    static var x2: Tensor {
        get throws { try Tensor([[0, 1, -2], [3, -1, 0.5], [1, 2, 2.5]]) }
    }
}
