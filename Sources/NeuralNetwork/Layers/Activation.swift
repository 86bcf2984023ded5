import Tensors

/// Applies an activation function φ element-wise, y = φ(x) (Keras's `Activation` layer), so an
/// activation can follow a layer such as ``BatchNormalization`` (Ioffe & Szegedy 2015 put the
/// normalization before the nonlinearity). No weights.
public final class Activation: Layer {
    public let name: String
    public var trainable = true
    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?
    /// The function φ.
    public let activation: ActivationFunction
    /// The generator of randomized activations in training (RReLU), forked at build time.
    fileprivate var generator = RandomGenerator(seed: 0)
    private var built = false

    /// Creates the layer for `activation` (`Activation(.relu)`).
    public init(_ activation: ActivationFunction, inputShape: [Int]? = nil, name: String? = nil) {
        self.activation = activation
        self.name = name ?? LayerNames.unique("activation")
        self.declaredInputShape = inputShape
    }

    /// Creates the layer for the activation with the Keras identifier `identifier`
    /// (`Activation("relu")`); throws for an unknown identifier.
    public convenience init(_ identifier: String, name: String? = nil) throws {
        self.init(try ActivationFunction.named(identifier), name: name)
    }

    public var isBuilt: Bool { built }
    public var kind: String { "Activation" }
    public var config: JSONValue {
        .object([
            "name": .string(name), "trainable": .bool(trainable),
            "activation": activation.config,
        ])
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        self.generator = RandomGenerator(seed: generator.nextUInt64())
        built = true
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        try activation(x, training: training, using: &generator)
    }

    public func getWeights() -> [Tensor] { [] }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(weights, replacing: [], in: "Activation '\(name)'", isBuilt: true)
    }

    public var trainableParameterCount: Int { 0 }
    public var nonTrainableParameterCount: Int { 0 }
}

extension Activation: RandomizedLayer {
    var generatorState: RandomGenerator.State {
        get { generator.state }
        set { generator.state = newValue }
    }
}
