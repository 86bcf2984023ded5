import Tensors

/// Batch normalization (Keras's `BatchNormalization`; Ioffe & Szegedy 2015): each feature along
/// `axis` is standardized and then scaled and shifted,
///
///     y = γ·(x − μ)/√(σ² + ε) + β,
///
/// computed as Keras does: inv = γ/√(σ² + ε), y = x·inv + (β − μ·inv).
///
/// - Training (`training: true` and the layer ``trainable``): μ and σ² are the mean and the
///   *biased* variance (divided by N) of the batch over every axis but `axis`; the moving
///   statistics are then updated once per call, from detached values:
///   moving = moving·momentum + batch·(1 − momentum).
/// - Inference, or a frozen layer: μ and σ² are the moving mean and variance.
///
/// Defaults as Keras: axis −1, momentum 0.99, ε = 10⁻³, γ ones, β zeros, moving mean zeros,
/// moving variance ones. Weights in Keras's order: γ, β (trainable; left out when `scale` or
/// `center` is false), moving mean, moving variance (never trained). Parameters: 4n for n
/// features, 2n of them non-trainable.
public final class BatchNormalization: Layer {
    public let name: String
    public var trainable = true
    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?
    /// The feature axis (Keras's numbering: the batch axis is 0, negative counts from the end).
    public let axis: Int
    /// The weight of the old value in the moving statistics' update.
    public let momentum: Double
    /// ε, added to the variance before the square root.
    public let epsilon: Double
    /// Whether the layer adds the learned offset β.
    public let center: Bool
    /// Whether the layer multiplies by the learned scale γ.
    public let scale: Bool
    /// How β is initialized.
    public let betaInitializer: any Initializer
    /// How γ is initialized.
    public let gammaInitializer: any Initializer
    /// How the moving mean is initialized.
    public let movingMeanInitializer: any Initializer
    /// How the moving variance is initialized.
    public let movingVarianceInitializer: any Initializer
    /// γ `[n]`, once built (when ``scale``).
    public private(set) var gamma: Tensor?
    /// β `[n]`, once built (when ``center``).
    public private(set) var beta: Tensor?
    /// The moving mean `[n]`, once built.
    public private(set) var movingMean: Tensor?
    /// The moving variance `[n]`, once built.
    public private(set) var movingVariance: Tensor?
    /// The per-sample input shape seen at build time.
    public private(set) var inputShape: [Int]?

    /// Creates an unbuilt layer; throws when `momentum` is outside [0, 1] or `epsilon` is not
    /// positive.
    public init(
        axis: Int = BatchNormalization.Defaults.axis,
        momentum: Double = BatchNormalization.Defaults.momentum,
        epsilon: Double = BatchNormalization.Defaults.epsilon,
        center: Bool = BatchNormalization.Defaults.center,
        scale: Bool = BatchNormalization.Defaults.scale,
        betaInitializer: any Initializer = Defaults.betaInitializer,
        gammaInitializer: any Initializer = Defaults.gammaInitializer,
        movingMeanInitializer: any Initializer = Defaults.movingMeanInitializer,
        movingVarianceInitializer: any Initializer = Defaults.movingVarianceInitializer,
        inputShape: [Int]? = nil, name: String? = nil
    ) throws {
        guard momentum >= 0, momentum <= 1 else {
            throw TensorError.invalidArgument(
                operation: "BatchNormalization",
                reason: "momentum must be in [0, 1]. Received: momentum=\(momentum)")
        }
        guard epsilon > 0 else {
            throw TensorError.invalidArgument(
                operation: "BatchNormalization",
                reason: "epsilon must be positive. Received: epsilon=\(epsilon)")
        }
        self.axis = axis
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.betaInitializer = betaInitializer
        self.gammaInitializer = gammaInitializer
        self.movingMeanInitializer = movingMeanInitializer
        self.movingVarianceInitializer = movingVarianceInitializer
        self.name = name ?? LayerNames.unique("batch_normalization")
        self.declaredInputShape = inputShape
    }

    public var isBuilt: Bool { movingMean != nil }
    public var kind: String { "BatchNormalization" }
    public var nonTrainableWeightCount: Int { 2 }

    public var config: JSONValue {
        .object([
            "name": .string(name), "trainable": .bool(trainable), "axis": .number(Double(axis)),
            "momentum": .number(momentum), "epsilon": .number(epsilon), "center": .bool(center),
            "scale": .bool(scale), "betaInitializer": betaInitializer.config,
            "gammaInitializer": gammaInitializer.config,
            "movingMeanInitializer": movingMeanInitializer.config,
            "movingVarianceInitializer": movingVarianceInitializer.config,
        ])
    }

    /// The number of features n, once built.
    public var features: Int? { movingMean?.count }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        let a = try LayerWeights.featureAxis(
            axis, inputShape: inputShape, layer: "BatchNormalization '\(name)'")
        let n = inputShape[a]
        gamma = scale ? try gammaInitializer([n], using: &generator) : nil
        beta = center ? try betaInitializer([n], using: &generator) : nil
        movingMean = try movingMeanInitializer([n], using: &generator)
        movingVariance = try movingVarianceInitializer([n], using: &generator)
        self.inputShape = inputShape
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] {
        let a = try LayerWeights.featureAxis(
            axis, inputShape: inputShape, layer: "BatchNormalization '\(name)'")
        if let n = features, inputShape[a] != n {
            throw TensorError.invalidShape(
                operation: "BatchNormalization '\(name)'", shape: inputShape,
                reason: "expected axis \(axis) of the input to have value \(n)")
        }
        return inputShape
    }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        let expected = (scale ? 1 : 0) + (center ? 1 : 0) + 2
        guard weights.count == expected else {
            throw TensorError.invalidArgument(
                operation: "BatchNormalization '\(name)'",
                reason: "expected \(expected) weights, received \(weights.count)")
        }
        let perSample = Array(x.shape.dropFirst())
        _ = try outputShape(for: perSample)
        let a =
            try LayerWeights.featureAxis(
                axis, inputShape: perSample, layer: "BatchNormalization '\(name)'") + 1
        let n = x.shape[a]
        var broadcastShape = [Int](repeating: 1, count: x.rank)
        broadcastShape[a] = n
        let reductionAxes = (0..<x.rank).filter { $0 != a }
        var k = 0
        let gammaWeight = scale ? weights[0] : nil
        k += scale ? 1 : 0
        let betaWeight = center ? weights[k] : nil
        k += center ? 1 : 0
        let oldMean = weights[k]
        let oldVariance = weights[k + 1]

        let mean: Tensor
        let variance: Tensor
        if training && trainable {
            mean = try x.mean(alongAxes: reductionAxes, keepDims: true)
            variance = try x.variance(alongAxes: reductionAxes, keepDims: true)
            let m = Float(momentum)
            let step = Float(1 - momentum)
            movingMean = try oldMean.detached() * m + mean.detached().reshaped([n]) * step
            movingVariance =
                try oldVariance.detached() * m + variance.detached().reshaped([n]) * step
        } else {
            mean = try oldMean.reshaped(broadcastShape)
            variance = try oldVariance.reshaped(broadcastShape)
        }
        var inv = 1 / (variance + Float(epsilon)).sqrt()
        if let gammaWeight { inv = try inv * gammaWeight.reshaped(broadcastShape) }
        var shift = -(try mean * inv)
        if let betaWeight { shift = try shift + betaWeight.reshaped(broadcastShape) }
        return try x * inv + shift
    }

    public func getWeights() -> [Tensor] {
        [gamma, beta, movingMean, movingVariance].compactMap { $0 }
    }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(
            weights, replacing: getWeights(), in: "BatchNormalization '\(name)'",
            isBuilt: isBuilt)
        var k = 0
        if scale {
            gamma = weights[k].detached()
            k += 1
        }
        if center {
            beta = weights[k].detached()
            k += 1
        }
        movingMean = weights[k].detached()
        movingVariance = weights[k + 1].detached()
    }

    private var learnedCount: Int { LayerWeights.count([gamma, beta].compactMap { $0 }) }

    public var trainableParameterCount: Int { trainable ? learnedCount : 0 }

    public var nonTrainableParameterCount: Int {
        LayerWeights.count(getWeights()) - trainableParameterCount
    }
}

extension BatchNormalization {
    /// Keras's defaults, declared once: the initializer, the config reader and the cell
    /// bindings read them.
    public enum Defaults {
        public static let axis = -1
        public static let momentum = 0.99
        public static let epsilon = 1e-3
        public static let center = true
        public static let scale = true
        public static var betaInitializer: any Initializer { Zeros() }
        public static var gammaInitializer: any Initializer { Ones() }
        public static var movingMeanInitializer: any Initializer { Zeros() }
        public static var movingVarianceInitializer: any Initializer { Ones() }
    }
}
