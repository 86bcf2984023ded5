import Tensors

/// The parametric rectified linear unit (Keras's `PReLU`; He et al. 2015): y = x for x > 0,
/// else αᵢ·x, with a slope αᵢ learned per feature, computed as relu(x) − α·relu(−x).
///
/// α has the per-sample input shape, except that the axes in `sharedAxes` (Keras's numbering,
/// the batch axis being 0) have size 1 so one slope serves all positions along them (e.g.
/// `sharedAxes: [1, 2]` for one slope per channel of an image). Parameters: the size of α, all
/// trainable. Default initializer: zeros (a plain ReLU at first).
public final class PReLU: Layer {
    public let name: String
    public var trainable = true
    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?
    /// How α is initialized.
    public let alphaInitializer: any Initializer
    /// The axes along which one slope is shared, or `nil`.
    public let sharedAxes: [Int]?
    /// The slopes, once built.
    public private(set) var alpha: Tensor?

    /// Creates an unbuilt layer.
    public init(
        alphaInitializer: any Initializer = Defaults.alphaInitializer, sharedAxes: [Int]? = nil,
        inputShape: [Int]? = nil, name: String? = nil
    ) {
        self.alphaInitializer = alphaInitializer
        self.sharedAxes = sharedAxes
        self.name = name ?? LayerNames.unique("p_re_lu")
        self.declaredInputShape = inputShape
    }

    public var isBuilt: Bool { alpha != nil }
    public var kind: String { "PReLU" }
    public var config: JSONValue {
        .object([
            "name": .string(name), "trainable": .bool(trainable),
            "alphaInitializer": alphaInitializer.config,
            "sharedAxes": sharedAxes.map { .ints($0) } ?? .null,
        ])
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        guard !inputShape.isEmpty else {
            throw TensorError.invalidShape(
                operation: "PReLU '\(name)'", shape: inputShape,
                reason: "expected inputs with at least one axis besides the batch axis")
        }
        var shape = inputShape
        for axis in sharedAxes ?? [] {
            guard axis >= 1, axis <= inputShape.count else {
                throw TensorError.invalidArgument(
                    operation: "PReLU '\(name)'",
                    reason:
                        "shared_axes must name axes 1…\(inputShape.count) of inputs of rank "
                        + "\(inputShape.count + 1). Received: shared_axes=\(sharedAxes ?? [])")
            }
            shape[axis - 1] = 1
        }
        alpha = try alphaInitializer(shape, using: &generator)
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] {
        if let alpha {
            try checkBroadcast(alpha.shape, inputShape)
        }
        return inputShape
    }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        guard weights.count == 1 else {
            throw TensorError.invalidArgument(
                operation: "PReLU '\(name)'", reason: "expected 1 weight, received \(weights.count)"
            )
        }
        try checkBroadcast(weights[0].shape, Array(x.shape.dropFirst()))
        return try x.relu() - weights[0] * (-x).relu()
    }

    private func checkBroadcast(_ alphaShape: [Int], _ inputShape: [Int]) throws {
        let fits =
            alphaShape.count == inputShape.count
            && zip(alphaShape, inputShape).allSatisfy { $0 == 1 || $0 == $1 }
        guard fits else {
            throw TensorError.invalidShape(
                operation: "PReLU '\(name)'", shape: inputShape,
                reason: "the layer was built for per-sample inputs matching \(alphaShape)")
        }
    }

    public func getWeights() -> [Tensor] { alpha.map { [$0] } ?? [] }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(
            weights, replacing: getWeights(), in: "PReLU '\(name)'", isBuilt: isBuilt)
        alpha = weights[0].detached()
    }

    public var trainableParameterCount: Int { trainable ? (alpha?.count ?? 0) : 0 }
    public var nonTrainableParameterCount: Int { trainable ? 0 : (alpha?.count ?? 0) }
}

extension PReLU {
    /// Keras's defaults, used by the initializer, the config reader and ``EngineCatalog``.
    public enum Defaults {
        public static var alphaInitializer: any Initializer { Zeros() }
    }
}
