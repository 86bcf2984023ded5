import Tensors

/// Draws from N(mean, standardDeviation²) redrawn until within two standard deviations of the
/// mean (Keras's `TruncatedNormal`, defaults 0 and 0.05). The variance of the result is about
/// 0.774 · standardDeviation² (the factor 0.87962566103423978² of a unit normal truncated at ±2).
public struct TruncatedNormal: Initializer {
    public let name = "truncated_normal"
    /// The mean of the distribution.
    public let mean: Float
    /// The standard deviation before truncation.
    public let standardDeviation: Float
    /// A seed that makes every call return the same values, or `nil`.
    public let seed: UInt64?

    /// Creates the initializer.
    public init(
        mean: Float = RandomNormal.defaultMean,
        standardDeviation: Float = RandomNormal.defaultStandardDeviation, seed: UInt64? = nil
    ) {
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.seed = seed
    }

    /// `{"name": "truncated_normal", "mean": …, "standardDeviation": …, "seed": …}`.
    public var config: JSONValue {
        .object([
            "name": .string(name), "mean": .float(mean),
            "standardDeviation": .float(standardDeviation), "seed": seed.json,
        ])
    }

    public func callAsFunction(_ shape: [Int], using generator: inout RandomGenerator) throws
        -> Tensor
    {
        try drawing(seed: seed, &generator) {
            try Tensor.truncatedNormal(
                shape, mean: mean, standardDeviation: standardDeviation, using: &$0)
        }
    }
}

extension Initializer where Self == TruncatedNormal {
    /// Truncated normal draws with Keras's defaults (mean 0, standard deviation 0.05).
    public static var truncatedNormal: TruncatedNormal { TruncatedNormal() }
}
