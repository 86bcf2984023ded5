import Tensors

/// Inverted dropout (Keras's `Dropout`; Srivastava et al. 2014): in training each element is
/// kept with probability 1 − rate and scaled by 1/(1 − rate), else set to 0, so the expected
/// output equals the input; in inference the layer is the identity. No weights.
///
/// The masks come from a seeded generator: the layer's own `seed` when given, else one drawn
/// from the generator that builds it (``ModelSeeds`` inside a model), so runs are repeatable.
public final class Dropout: Layer {
    public let name: String
    public var trainable = true
    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?
    /// The fraction of elements dropped in training, in [0, 1).
    public let rate: Double
    /// The seed of the masks, or `nil` to take one at build time.
    public let seed: UInt64?
    fileprivate var generator: RandomGenerator
    private var built: Bool

    /// Creates the layer; throws when `rate` is outside [0, 1).
    public init(rate: Double, seed: UInt64? = nil, inputShape: [Int]? = nil, name: String? = nil)
        throws
    {
        guard rate >= 0, rate < 1 else {
            throw TensorError.invalidArgument(
                operation: "Dropout", reason: "rate must be in [0, 1). Received: rate=\(rate)")
        }
        self.rate = rate
        self.seed = seed
        self.generator = RandomGenerator(seed: seed ?? 0)
        self.built = seed != nil
        self.name = name ?? LayerNames.unique("dropout")
        self.declaredInputShape = inputShape
    }

    public var isBuilt: Bool { built }
    public var kind: String { "Dropout" }
    public var config: JSONValue {
        .object([
            "name": .string(name), "trainable": .bool(trainable), "rate": .number(rate),
            "seed": seed.json,
        ])
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        if seed == nil, !built {
            self.generator = RandomGenerator(seed: generator.nextUInt64())
        }
        built = true
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

    /// y = x·m/(1 − rate) with m ~ Bernoulli(1 − rate) element-wise in training, y = x otherwise.
    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        guard training, rate > 0 else { return x }
        let keep = Float(1 - rate)
        let uniform = try Tensor.randomUniform(x.shape, using: &generator)
        let mask = uniform.less(Float(rate)).logicalNot()
        return try Tensor.where(mask, x / keep, Tensor(0))
    }

    public func getWeights() -> [Tensor] { [] }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(weights, replacing: [], in: "Dropout '\(name)'", isBuilt: true)
    }

    public var trainableParameterCount: Int { 0 }
    public var nonTrainableParameterCount: Int { 0 }
}

extension Dropout: RandomizedLayer {
    var generatorState: RandomGenerator.State {
        get { generator.state }
        set { generator.state = newValue }
    }
}
