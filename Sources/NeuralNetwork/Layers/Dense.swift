import Tensors

/// A fully connected layer, y = φ(x·W + b) (Keras's `Dense`; Rosenblatt 1958, Rumelhart et al.
/// 1986).
///
/// The kernel W has shape `[inputs, units]` and the bias b `[units]`; inputs of rank above 2 are
/// multiplied along their last axis. Defaults as Keras: no activation (linear), a bias,
/// Glorot-uniform kernel and zero bias. Parameters: inputs·units + units (with a bias).
/// `kernelRegularizer` adds its penalty of the kernel to the training loss and
/// `kernelConstraint` projects the kernel after each optimizer step (Keras's
/// `kernel_regularizer`, `kernel_constraint`). `inputShape` on the first layer of a
/// ``Sequential`` gives the model its input, as Keras's `input_shape` does.
///
/// Called before being built, the layer builds itself for the input's feature shape with a
/// generator from ``ModelSeeds`` (pass a seeded generator to ``build(inputShape:using:)`` to choose).
public final class Dense: Layer, SoftmaxEnding {
    public let name: String
    public var trainable = true
    /// The number of output features.
    public let units: Int
    /// The activation φ applied after the affine map.
    public let activation: ActivationFunction
    /// Whether the layer adds a bias.
    public let useBias: Bool
    /// How the kernel is initialized.
    public let kernelInitializer: any Initializer
    /// How the bias is initialized.
    public let biasInitializer: any Initializer
    /// The penalty of the kernel added to the loss, if any.
    public let kernelRegularizer: Regularizer?
    /// The projection of the kernel after each optimizer step, if any.
    public let kernelConstraint: Constraint?
    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?
    /// The kernel `[inputs, units]`, once built.
    public private(set) var kernel: Tensor?
    /// The bias `[units]`, once built (and when ``useBias``).
    public private(set) var bias: Tensor?
    /// The generator of the activation's randomness in training (RReLU), forked at build time.
    fileprivate var generator = RandomGenerator(seed: 0)

    /// Creates an unbuilt layer of `units` outputs; throws when `units` is not positive.
    public init(
        _ units: Int, activation: ActivationFunction = Defaults.activation,
        useBias: Bool = Dense.Defaults.useBias,
        kernelInitializer: any Initializer = Dense.Defaults.kernelInitializer,
        biasInitializer: any Initializer = Dense.Defaults.biasInitializer,
        kernelRegularizer: Regularizer? = nil,
        kernelConstraint: Constraint? = nil, inputShape: [Int]? = nil, name: String? = nil
    ) throws {
        guard units > 0 else {
            throw TensorError.invalidArgument(
                operation: "Dense",
                reason: "units must be a positive integer. Received: units=\(units)")
        }
        self.units = units
        self.activation = activation
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer
        self.biasInitializer = biasInitializer
        self.kernelRegularizer = kernelRegularizer
        self.kernelConstraint = kernelConstraint
        self.declaredInputShape = inputShape
        self.name = name ?? LayerNames.unique("dense")
    }

    public var isBuilt: Bool { kernel != nil }

    public var kind: String { "Dense" }

    public var endsWithSoftmax: Bool { activation.name == "softmax" }

    public func logits(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        try affine(x, weights: weights)
    }

    public var config: JSONValue {
        var config: [String: JSONValue] = [
            "name": .string(name), "units": .number(Double(units)),
            "activation": activation.config, "useBias": .bool(useBias),
            "kernelInitializer": kernelInitializer.config,
            "biasInitializer": biasInitializer.config, "trainable": .bool(trainable),
        ]
        if let kernelRegularizer { config["kernelRegularizer"] = kernelRegularizer.config }
        if let kernelConstraint { config["kernelConstraint"] = kernelConstraint.config }
        return .object(config)
    }

    /// The number of input features, once built.
    public var inputWidth: Int? { kernel?.shape[0] }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        guard let inputs = inputShape.last, inputs > 0 else {
            throw TensorError.invalidShape(
                operation: "Dense '\(name)'", shape: inputShape,
                reason: "the last axis of the input must have a known positive size")
        }
        kernel = try kernelInitializer([inputs, units], using: &generator)
        bias = useBias ? try biasInitializer([units], using: &generator) : nil
        self.generator = RandomGenerator(seed: generator.nextUInt64())
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] {
        guard !inputShape.isEmpty else {
            throw TensorError.invalidShape(
                operation: "Dense '\(name)'", shape: inputShape,
                reason: "expected inputs with at least one axis")
        }
        if let width = inputWidth, inputShape.last != width {
            throw TensorError.invalidShape(
                operation: "Dense '\(name)'", shape: inputShape,
                reason: "the layer was built for \(width) input features")
        }
        return Array(inputShape.dropLast()) + [units]
    }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        try activation(affine(x, weights: weights), training: training, using: &generator)
    }

    /// x·W + b, before the activation.
    func affine(_ x: Tensor, weights: [Tensor]) throws -> Tensor {
        guard weights.count == (useBias ? 2 : 1) else {
            throw TensorError.invalidArgument(
                operation: "Dense '\(name)'",
                reason: "expected \(useBias ? 2 : 1) weights, received \(weights.count)")
        }
        let w = weights[0]
        let inputs = w.shape[0]
        guard x.rank >= 2, x.shape.last == inputs else {
            throw TensorError.invalidShape(
                operation: "Dense '\(name)'", shape: x.shape,
                reason: "expected axis -1 of the input to have value \(inputs)")
        }
        let rows = try x.rank == 2 ? x : x.reshaped([x.count / inputs, inputs])
        var y = try rows.matmul(w)
        if useBias { y = try y + weights[1] }
        if x.rank > 2 { y = try y.reshaped(Array(x.shape.dropLast()) + [units]) }
        return y
    }

    public func getWeights() -> [Tensor] {
        [kernel, bias].compactMap { $0 }
    }

    public func setWeights(_ weights: [Tensor]) throws {
        guard isBuilt else {
            throw TensorError.invalidArgument(
                operation: "Dense '\(name)'.setWeights",
                reason: "the layer is not built yet; call build(inputShape:) first")
        }
        let current = getWeights()
        guard weights.count == current.count else {
            throw TensorError.invalidArgument(
                operation: "Dense '\(name)'.setWeights",
                reason: "expected \(current.count) weights, received \(weights.count)")
        }
        for (old, new) in zip(current, weights) where old.shape != new.shape {
            throw TensorError.shapeMismatch(
                operation: "Dense '\(name)'.setWeights", lhs: old.shape, rhs: new.shape)
        }
        kernel = weights[0].detached()
        if useBias { bias = weights[1].detached() }
    }

    private var weightCount: Int {
        getWeights().reduce(0) { $0 + $1.count }
    }

    public var trainableParameterCount: Int { trainable ? weightCount : 0 }

    public var nonTrainableParameterCount: Int { trainable ? 0 : weightCount }
}

extension Dense {
    /// Keras's defaults (a bias, Glorot-uniform kernel, zero bias), declared once for the
    /// initializer, the config reader and the cell bindings.
    public enum Defaults {
        public static var activation: ActivationFunction { .linear }
        public static let useBias = true
        public static var kernelInitializer: any Initializer { VarianceScaling.glorotUniform() }
        public static var biasInitializer: any Initializer { Zeros() }
    }
}

extension Dense: PenalizedLayer {
    public var weightRegularizers: [(index: Int, regularizer: Regularizer)] {
        kernelRegularizer.map { [(0, $0)] } ?? []
    }

    public var weightConstraints: [(index: Int, constraint: Constraint)] {
        kernelConstraint.map { [(0, $0)] } ?? []
    }
}

extension Dense: RandomizedLayer {
    var generatorState: RandomGenerator.State {
        get { generator.state }
        set { generator.state = newValue }
    }
}
