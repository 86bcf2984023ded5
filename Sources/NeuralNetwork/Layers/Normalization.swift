import Tensors

/// Standardizes each feature with a fixed mean and variance (Keras's `Normalization`
/// preprocessing layer): y = (x − μ)/max(√σ², 10⁻⁷), or with `invert` the reverse,
/// y = μ + x·max(√σ², 10⁻⁷).
///
/// μ and σ² are either given (`mean:` and `variance:`, one value or one per feature along
/// `axis`; the layer then has no weights) or computed from data by ``adapt(_:)``: the mean and
/// the biased variance of every feature over all other axes. Adapted statistics are
/// non-trainable weights, stored as Keras stores them: mean `[n]`, variance `[n]` and a scalar
/// count kept for compatibility, so Keras's summary counts 2n + 1 parameters.
public final class Normalization: Layer {
    public let name: String
    public var trainable = true
    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?
    /// The feature axis (Keras's numbering: the batch axis is 0, negative counts from the end).
    public let axis: Int
    /// The mean given at creation, or `nil` to ``adapt(_:)``.
    public let mean: [Float]?
    /// The variance given at creation, or `nil` to ``adapt(_:)``.
    public let variance: [Float]?
    /// Whether the layer undoes the normalization instead.
    public let invert: Bool
    /// The adapted (or initial) mean `[n]`, variance `[n]` and count `[]`, when not given.
    private var statistics: [Tensor]?
    /// The given mean and variance broadcast to `[n]`, when given.
    private var fixed: (mean: Tensor, variance: Tensor)?
    private var builtShape: [Int]?

    /// Creates an unbuilt layer; throws when only one of `mean` and `variance` is given or
    /// their sizes differ.
    public init(
        axis: Int = Defaults.axis, mean: [Float]? = nil, variance: [Float]? = nil,
        invert: Bool = Defaults.invert,
        inputShape: [Int]? = nil, name: String? = nil
    ) throws {
        guard (mean == nil) == (variance == nil) else {
            throw TensorError.invalidArgument(
                operation: "Normalization",
                reason:
                    "When setting values directly, both `mean` and `variance` must be set. "
                    + "Received: mean=\(mean.map { "\($0)" } ?? "None") and "
                    + "variance=\(variance.map { "\($0)" } ?? "None")")
        }
        if let mean, let variance, mean.count != variance.count {
            throw TensorError.invalidArgument(
                operation: "Normalization",
                reason:
                    "When setting values directly, `mean` and `variance` must have the same "
                    + "shape. Received: mean shape (\(mean.count),) and variance shape "
                    + "(\(variance.count),)")
        }
        self.axis = axis
        self.mean = mean
        self.variance = variance
        self.invert = invert
        self.name = name ?? LayerNames.unique("normalization")
        self.declaredInputShape = inputShape
    }

    public var isBuilt: Bool { builtShape != nil }
    public var kind: String { "Normalization" }
    public var nonTrainableWeightCount: Int { statistics?.count ?? 0 }

    public var config: JSONValue {
        .object([
            "name": .string(name), "trainable": .bool(trainable), "axis": .number(Double(axis)),
            "mean": mean.map(JSONValue.floats) ?? .null,
            "variance": variance.map(JSONValue.floats) ?? .null,
            "invert": .bool(invert),
        ])
    }

    /// The mean and variance the layer normalizes with, `[n]` each, once built.
    public var currentStatistics: (mean: Tensor, variance: Tensor)? {
        if let fixed { return fixed }
        guard let statistics else { return nil }
        return (statistics[0], statistics[1])
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        let a = try LayerWeights.featureAxis(
            axis, inputShape: inputShape, layer: "Normalization '\(name)'")
        let n = inputShape[a]
        if let mean, let variance {
            guard mean.count == 1 || mean.count == n else {
                throw TensorError.invalidArgument(
                    operation: "Normalization '\(name)'",
                    reason:
                        "`mean` and `variance` must hold one value or one per feature (\(n)). "
                        + "Received: mean shape (\(mean.count),)")
            }
            fixed = (
                try Tensor(mean).broadcast(to: [n]), try Tensor(variance).broadcast(to: [n])
            )
        } else {
            statistics = [try Tensor.zeros([n]), try Tensor.ones([n]), Tensor(0)]
        }
        builtShape = inputShape
    }

    /// Sets the mean and the biased variance of every feature from `data` (a batch: samples
    /// along axis 0), over every axis but the feature axis (Keras's `adapt`); builds the layer
    /// first when needed.
    public func adapt(_ data: Tensor) throws {
        guard mean == nil else {
            throw TensorError.invalidArgument(
                operation: "Normalization '\(name)'.adapt",
                reason: "the layer was created with a fixed `mean` and `variance`")
        }
        guard data.rank >= 2, data.shape[0] > 0 else {
            throw TensorError.invalidShape(
                operation: "Normalization '\(name)'.adapt", shape: data.shape,
                reason: "expected a non-empty batch with samples along axis 0")
        }
        let perSample = Array(data.shape.dropFirst())
        if let builtShape {
            let a = try LayerWeights.featureAxis(
                axis, inputShape: builtShape, layer: "Normalization '\(name)'")
            guard perSample.count == builtShape.count, perSample[a] == builtShape[a] else {
                throw TensorError.invalidShape(
                    operation: "Normalization '\(name)'.adapt", shape: data.shape,
                    reason:
                        "The layer was built with input_shape=\(ShapeText.batch(builtShape)), "
                        + "but adapt() is being called with data with an incompatible shape")
            }
        } else {
            try build(inputShape: perSample, seed: 0)
        }
        let a =
            try LayerWeights.featureAxis(
                axis, inputShape: perSample, layer: "Normalization '\(name)'") + 1
        let axes = (0..<data.rank).filter { $0 != a }
        let n = data.shape[a]
        let m = try data.detached().mean(alongAxes: axes).reshaped([n])
        let v = try data.detached().variance(alongAxes: axes).reshaped([n])
        statistics = [m, v, statistics?[2] ?? Tensor(0)]
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] {
        let a = try LayerWeights.featureAxis(
            axis, inputShape: inputShape, layer: "Normalization '\(name)'")
        if let builtShape, builtShape.count == inputShape.count,
            let n = currentStatistics?.mean.count, inputShape[a] != n
        {
            throw TensorError.invalidShape(
                operation: "Normalization '\(name)'", shape: inputShape,
                reason: "expected axis \(axis) of the input to have value \(n)")
        }
        return inputShape
    }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        let perSample = Array(x.shape.dropFirst())
        _ = try outputShape(for: perSample)
        let meanVector: Tensor
        let varianceVector: Tensor
        if let fixed {
            (meanVector, varianceVector) = fixed
        } else {
            guard weights.count == 3 else {
                throw TensorError.invalidArgument(
                    operation: "Normalization '\(name)'",
                    reason:
                        "the layer is not built (expected 3 weights, received \(weights.count)); "
                        + "call adapt(_:) or build(inputShape:) first")
            }
            (meanVector, varianceVector) = (weights[0], weights[1])
        }
        let a =
            try LayerWeights.featureAxis(
                axis, inputShape: perSample, layer: "Normalization '\(name)'") + 1
        var shape = [Int](repeating: 1, count: x.rank)
        shape[a] = x.shape[a]
        let mu = try meanVector.reshaped(shape)
        let sigma = try Tensor.maximum(try varianceVector.reshaped(shape).sqrt(), Tensor(1e-7))
        return invert ? try mu + x * sigma : try (x - mu) / sigma
    }

    public func getWeights() -> [Tensor] { statistics ?? [] }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(
            weights, replacing: getWeights(), in: "Normalization '\(name)'", isBuilt: isBuilt)
        if !weights.isEmpty { statistics = weights.map { $0.detached() } }
    }

    public var trainableParameterCount: Int { 0 }
    public var nonTrainableParameterCount: Int { LayerWeights.count(getWeights()) }
}

extension Normalization {
    /// Keras's defaults, used by the initializer, the config reader and ``EngineCatalog``.
    public enum Defaults {
        public static let axis = -1
        public static let invert = false
    }
}
