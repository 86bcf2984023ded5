import Testing

@testable import Tensors

/// Finite-difference gradient checking. The engine is Float32-only, so the check accumulates the
/// scalar objective in Float64 outside the engine: `L(x) = Σᵢ f(x)ᵢ · rᵢ` with a fixed random
/// projection `r` (so every output element and every rule entry matters), and compares the
/// engine's reverse-mode gradient of `Σ f(x) · r` with the central difference
/// `(L(x + εeⱼ) − L(x − εeⱼ)) / 2ε` element by element.
enum GradientCheck {
    /// The largest mismatch `|analytic − numeric| / (atol + rtol·|numeric|)` over all inputs and
    /// elements; a check passes when it is at most 1.
    static func worstMismatch(
        _ inputs: [Tensor], epsilon: Float = 3e-3, rtol: Double = 2e-2, atol: Double = 2e-3,
        analytic analyticFunction: (([Tensor]) throws -> Tensor)? = nil,
        _ f: ([Tensor]) throws -> Tensor
    ) throws -> Double {
        let y = try f(inputs)
        var generator = RandomGenerator(seed: 99)
        let r = try Tensor.randomUniform(y.shape, lower: 0.5, upper: 1.5, using: &generator)
        let rScalars = r.scalars.map(Double.init)
        func objective(_ xs: [Tensor]) throws -> Double {
            let out = try f(xs).scalars
            var total = 0.0
            for (o, w) in zip(out, rScalars) { total += Double(o) * w }
            return total
        }
        let analytic = try gradients(
            of: { xs in
                let out = try analyticFunction.map { try $0(xs) } ?? f(xs)
                return try (out * r).sum()
            }, wrt: inputs)
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
                let mismatch =
                    Swift.abs(Double(grad[j]) - numeric) / (atol + rtol * Swift.abs(numeric))
                worst = Swift.max(worst, mismatch)
            }
        }
        return worst
    }

    /// Records a test issue unless the gradient of `f` at `inputs` matches finite differences.
    static func check(
        _ name: String, _ inputs: [Tensor], epsilon: Float = 3e-3,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ f: ([Tensor]) throws -> Tensor
    ) throws {
        let worst = try worstMismatch(inputs, epsilon: epsilon, f)
        #expect(worst <= 1, "\(name): gradient mismatch \(worst)", sourceLocation: sourceLocation)
    }

    /// A random tensor whose elements stay at least 0.1 away from 0 (kinks of relu/abs/…).
    static func random(_ shape: [Int], seed: UInt64, lower: Float = -2, upper: Float = 2) -> Tensor
    {
        var g = RandomGenerator(seed: seed)
        var t =
            (try? Tensor.randomUniform(shape, lower: lower, upper: upper, using: &g))
            ?? Tensor(0)
        t.withUnsafeMutableBufferPointer { p in
            for i in p.indices where Swift.abs(p[i]) < 0.1 {
                p[i] = p[i] < 0 ? p[i] - 0.1 : p[i] + 0.1
            }
        }
        return t
    }

    /// A random tensor of positive values in `[lower, upper)`.
    static func positive(_ shape: [Int], seed: UInt64, lower: Float = 0.5, upper: Float = 2)
        -> Tensor
    {
        var g = RandomGenerator(seed: seed)
        return (try? Tensor.randomUniform(shape, lower: lower, upper: upper, using: &g))
            ?? Tensor(1)
    }
}
