import Tensors

/// Standardization of features: `(x − μ) / σ` per feature (column), with μ and σ fitted on
/// training data (scikit-learn's `StandardScaler`).
///
/// σ is the biased standard deviation (divide by N); a constant feature (σ = 0) is left
/// unscaled (σ taken as 1), so it maps to 0. Statistics are taken over every axis but the last,
/// so `[n, features]` and `[n, h, w]` inputs both work.
public struct StandardScaler {
    /// The fitted per-feature means, shape `[features]`.
    public private(set) var mean: Tensor
    /// The fitted per-feature standard deviations (1 where the feature is constant).
    public private(set) var standardDeviation: Tensor

    /// Fits the means and standard deviations of the features of `x`.
    public init(fitting x: Tensor) throws {
        guard x.rank >= 2, x.shape[0] > 0 else {
            throw TensorError.invalidShape(
                operation: "StandardScaler", shape: x.shape,
                reason: "expected at least one row of features")
        }
        let axes = Array(0..<(x.rank - 1))
        mean = try x.mean(alongAxes: axes)
        let std = try x.standardDeviation(alongAxes: axes)
        standardDeviation = Tensor(
            std.scalars.map { $0 > 0 ? $0 : 1 })
        standardDeviation = try standardDeviation.reshaped(std.shape)
    }

    /// `(x − μ) / σ`.
    public func transform(_ x: Tensor) throws -> Tensor {
        try (x - mean) / standardDeviation
    }

    /// `x · σ + μ`, undoing ``transform(_:)``.
    public func inverseTransform(_ x: Tensor) throws -> Tensor {
        try x * standardDeviation + mean
    }
}

/// `x` standardized with its own per-feature mean and standard deviation (see
/// ``StandardScaler``).
public func standardized(_ x: Tensor) throws -> Tensor {
    try StandardScaler(fitting: x).transform(x)
}
