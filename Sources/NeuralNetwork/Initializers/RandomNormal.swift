import Tensors

/// Independent draws from N(mean, standardDeviation²) (Keras's `RandomNormal`, defaults 0 and
/// 0.05).
public struct RandomNormal: Initializer {
    public let name = "random_normal"
    /// The mean of the distribution.
    public let mean: Float
    /// The standard deviation of the distribution.
    public let standardDeviation: Float
    /// A seed that makes every call return the same values, or `nil` to draw from the caller's
    /// generator.
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

    /// `{"name": "random_normal", "mean": …, "standardDeviation": …, "seed": …}`.
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
            try Tensor.randomNormal(
                shape, mean: mean, standardDeviation: standardDeviation, using: &$0)
        }
    }
}

extension Initializer where Self == RandomNormal {
    /// Normal draws with Keras's defaults (mean 0, standard deviation 0.05).
    public static var randomNormal: RandomNormal { RandomNormal() }
}

extension RandomNormal {
    /// Keras's defaults (mean 0, standard deviation 0.05), declared once; ``TruncatedNormal``
    /// shares them.
    public static let defaultMean: Float = 0
    public static let defaultStandardDeviation: Float = 0.05
}
