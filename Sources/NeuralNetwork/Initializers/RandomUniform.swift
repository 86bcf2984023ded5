import Tensors

/// Independent draws from U[minimum, maximum) (Keras's `RandomUniform`, defaults −0.05 and 0.05).
public struct RandomUniform: Initializer {
    public let name = "random_uniform"
    /// The lower bound (inclusive).
    public let minimum: Float
    /// The upper bound (exclusive).
    public let maximum: Float
    /// A seed that makes every call return the same values, or `nil`.
    public let seed: UInt64?

    /// Creates the initializer.
    public init(
        minimum: Float = RandomUniform.defaultMinimum,
        maximum: Float = RandomUniform.defaultMaximum,
        seed: UInt64? = nil
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.seed = seed
    }

    /// `{"name": "random_uniform", "minimum": …, "maximum": …, "seed": …}`.
    public var config: JSONValue {
        .object([
            "name": .string(name), "minimum": .float(minimum),
            "maximum": .float(maximum), "seed": seed.json,
        ])
    }

    public func callAsFunction(_ shape: [Int], using generator: inout RandomGenerator) throws
        -> Tensor
    {
        try drawing(seed: seed, &generator) {
            try Tensor.randomUniform(shape, lower: minimum, upper: maximum, using: &$0)
        }
    }
}

extension Initializer where Self == RandomUniform {
    /// Uniform draws with Keras's defaults (−0.05 to 0.05).
    public static var randomUniform: RandomUniform { RandomUniform() }
}

extension RandomUniform {
    /// Keras's defaults (−0.05 … 0.05), declared once.
    public static let defaultMinimum: Float = -0.05
    public static let defaultMaximum: Float = 0.05
}
