import Tensors

/// The leaky rectified linear unit as a layer: y = x for x > 0, else α·x (Keras's `LeakyReLU`;
/// Maas et al. 2013). The layer's default slope is α = 0.3, unlike the `leaky_relu` activation
/// function's 0.2. No weights.
public final class LeakyReLU: Layer {
    public let name: String
    public var trainable = true
    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?
    /// The slope α for negative inputs.
    public let negativeSlope: Float

    /// Creates the layer; throws when the slope is negative.
    public init(
        negativeSlope: Float = LeakyReLU.defaultNegativeSlope, inputShape: [Int]? = nil,
        name: String? = nil
    ) throws {
        guard negativeSlope >= 0, negativeSlope.isFinite else {
            throw TensorError.invalidArgument(
                operation: "LeakyReLU",
                reason:
                    "The negative_slope value of a Leaky ReLU layer cannot be None or negative "
                    + "value. Expected a float. Received: negative_slope=\(negativeSlope)")
        }
        self.negativeSlope = negativeSlope
        self.name = name ?? LayerNames.unique("leaky_re_lu")
        self.declaredInputShape = inputShape
    }

    /// Creates the layer with Keras 2's spelling of the slope, `alpha`.
    public convenience init(alpha: Float, name: String? = nil) throws {
        try self.init(negativeSlope: alpha, name: name)
    }

    public var isBuilt: Bool { true }
    public var kind: String { "LeakyReLU" }
    public var config: JSONValue {
        .object([
            "name": .string(name), "trainable": .bool(trainable),
            "negativeSlope": .float(negativeSlope),
        ])
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {}

    public func outputShape(for inputShape: [Int]) throws -> [Int] { inputShape }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        x.leakyRelu(alpha: negativeSlope)
    }

    public func getWeights() -> [Tensor] { [] }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(weights, replacing: [], in: "LeakyReLU '\(name)'", isBuilt: true)
    }

    public var trainableParameterCount: Int { 0 }
    public var nonTrainableParameterCount: Int { 0 }
}

extension LeakyReLU {
    /// Keras's default slope of the layer (0.3; the `leaky_relu` activation's is 0.2), declared
    /// once for the initializer, the config reader and the cell bindings.
    public static let defaultNegativeSlope: Float = 0.3
}
