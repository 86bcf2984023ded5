import Tensors

/// Inputs and real-valued targets of a regression problem.
public struct RegressionData: Equatable {
    /// The features, `[count, features]`.
    public let x: Tensor
    /// The targets, `[count, 1]`.
    public let y: Tensor
}

extension SyntheticData {
    /// Linear-regression data whose mean-squared-error surface is an elongated bowl: two
    /// features, x₁ ~ U[0, 2) and x₂ ~ U[0, 2·`stretch`), and y = 4 + 3·x₁ + (3/`stretch`)·x₂ + ε
    /// with ε ~ N(0, `noise`²).
    ///
    /// Both features matter equally, but x₂'s scale is `stretch` times x₁'s, so the loss's
    /// Hessian 2/N·XᵀX has eigenvalues about `stretch`² apart: gradient descent zig-zags across
    /// the narrow valley and crawls along it unless the features are standardized (the picture
    /// of Géron 2019, ch. 4, of gradient descent with and without feature scaling).
    public static func elongatedBowl(
        count: Int = 100, stretch: Float = 10, noise: Float = 0.5, seed: UInt64 = 0
    ) throws -> RegressionData {
        try checkCount(count, "SyntheticData.elongatedBowl")
        guard stretch > 0, stretch.isFinite, noise >= 0, noise.isFinite else {
            throw DatasetError.invalidArgument(
                operation: "SyntheticData.elongatedBowl",
                reason:
                    "stretch must be positive and noise not negative. Received: stretch=\(stretch), noise=\(noise)"
            )
        }
        var generator = RandomGenerator(seed: seed)
        var xs: [Float] = []
        var ys: [Float] = []
        for _ in 0..<count {
            let x1 = generator.uniform(0, 2)
            let x2 = generator.uniform(0, 2 * stretch)
            xs += [x1, x2]
            ys.append(4 + 3 * x1 + 3 / stretch * x2 + generator.normal(standardDeviation: noise))
        }
        return RegressionData(
            x: try Tensor(shape: [count, 2], scalars: xs),
            y: try Tensor(shape: [count, 1], scalars: ys))
    }
}
