import Foundation
import Tensors

/// Recreates layers from their Keras class name and configuration (``Layer/kind`` and
/// ``Layer/config``), for loading saved models and for ``cloneModel(_:)`` (Keras's
/// `layer.__class__.from_config(layer.get_config())`).
///
/// A recreated layer has the same name, arguments and `trainable` flag, and no weights yet: it
/// is built when called, and a loader then sets the saved weights with ``Layer/setWeights(_:)``.
/// Every layer of the engine is registered; a new kind of layer adds one ``register(kind:_:)``
/// line (or one entry in the table below).
public enum LayerRegistry {
    /// Makes a layer from its configuration.
    public typealias Factory = (JSONValue) throws -> any Layer

    private static let lock = NSLock()
    nonisolated(unsafe) private static var factories: [String: Factory] = builtIn

    private static let builtIn: [String: Factory] = [
        "InputLayer": { json in
            let c = try LayerConfig(kind: "InputLayer", json)
            guard
                let shape = try c.ints("shape")
                    ?? c.ints("batchShape").map({ Array($0.dropFirst()) })
            else {
                throw TensorError.invalidArgument(
                    operation: "LayerRegistry", reason: "InputLayer config: `shape` is missing")
            }
            return try Input(shape: shape, name: c.name)
        },
        "Dense": { json in
            let c = try LayerConfig(kind: "Dense", json)
            guard let units = try c.int("units") else {
                throw TensorError.invalidArgument(
                    operation: "LayerRegistry", reason: "Dense config: `units` is missing")
            }
            return try Dense(
                units, activation: c.activation("activation"),
                useBias: c.bool("useBias", default: Dense.Defaults.useBias),
                kernelInitializer: c.initializer(
                    "kernelInitializer", default: Dense.Defaults.kernelInitializer),
                biasInitializer: c.initializer(
                    "biasInitializer", default: Dense.Defaults.biasInitializer),
                kernelRegularizer: c.object("kernelRegularizer").map(Regularizer.init(config:)),
                kernelConstraint: c.object("kernelConstraint").map(Constraint.init(config:)),
                name: c.name)
        },
        "Flatten": { json in Flatten(name: try LayerConfig(kind: "Flatten", json).name) },
        "Activation": { json in
            let c = try LayerConfig(kind: "Activation", json)
            return Activation(try c.activation("activation"), name: c.name)
        },
        "LeakyReLU": { json in
            let c = try LayerConfig(kind: "LeakyReLU", json)
            let slope = try c.double(
                "negativeSlope",
                default: c.double("alpha", default: Double(LeakyReLU.defaultNegativeSlope)))
            return try LeakyReLU(negativeSlope: Float(slope), name: c.name)
        },
        "PReLU": { json in
            let c = try LayerConfig(kind: "PReLU", json)
            return PReLU(
                alphaInitializer: try c.initializer(
                    "alphaInitializer", default: PReLU.Defaults.alphaInitializer),
                sharedAxes: try c.ints("sharedAxes"), name: c.name)
        },
        "BatchNormalization": { json in
            let c = try LayerConfig(kind: "BatchNormalization", json)
            return try BatchNormalization(
                axis: c.int("axis", default: BatchNormalization.Defaults.axis),
                momentum: c.double("momentum", default: BatchNormalization.Defaults.momentum),
                epsilon: c.double("epsilon", default: BatchNormalization.Defaults.epsilon),
                center: c.bool("center", default: BatchNormalization.Defaults.center),
                scale: c.bool("scale", default: BatchNormalization.Defaults.scale),
                betaInitializer: c.initializer(
                    "betaInitializer", default: BatchNormalization.Defaults.betaInitializer),
                gammaInitializer: c.initializer(
                    "gammaInitializer", default: BatchNormalization.Defaults.gammaInitializer),
                movingMeanInitializer: c.initializer(
                    "movingMeanInitializer",
                    default: BatchNormalization.Defaults.movingMeanInitializer),
                movingVarianceInitializer: c.initializer(
                    "movingVarianceInitializer",
                    default: BatchNormalization.Defaults.movingVarianceInitializer),
                name: c.name)
        },
        "Dropout": { json in
            let c = try LayerConfig(kind: "Dropout", json)
            return try Dropout(
                rate: c.double("rate", default: 0.5), seed: c.seed("seed"), name: c.name)
        },
        "Concatenate": { json in
            let c = try LayerConfig(kind: "Concatenate", json)
            return Concatenate(
                axis: try c.int("axis", default: Concatenate.Defaults.axis), name: c.name)
        },
        "Normalization": { json in
            let c = try LayerConfig(kind: "Normalization", json)
            return try Normalization(
                axis: c.int("axis", default: Normalization.Defaults.axis), mean: c.floats("mean"),
                variance: c.floats("variance"),
                invert: c.bool("invert", default: Normalization.Defaults.invert),
                name: c.name)
        },
    ]

    /// The layer of Keras class `kind` described by `config` (a layer's ``Layer/config``),
    /// with its `trainable` flag; throws for an unknown kind or a malformed configuration.
    public static func makeLayer(kind: String, config: JSONValue) throws -> any Layer {
        lock.lock()
        let factory = factories[kind]
        let known = factories.keys.sorted()
        lock.unlock()
        guard let factory else {
            throw TensorError.invalidArgument(
                operation: "LayerRegistry",
                reason:
                    "Unknown layer: '\(kind)'. Known layers: \(known.joined(separator: ", "))")
        }
        let layer = try factory(config)
        if let trainable = config["trainable"]?.boolValue { layer.trainable = trainable }
        return layer
    }

    /// A fresh layer with the same kind and configuration as `layer` (same name, no weights).
    public static func recreate(_ layer: any Layer) throws -> any Layer {
        try makeLayer(kind: layer.kind, config: layer.config)
    }

    /// `{"className": kind, "config": config}`, the form Keras saves a layer in.
    public static func serialize(_ layer: any Layer) -> JSONValue {
        .object(["className": .string(layer.kind), "config": layer.config])
    }

    /// The layer that ``serialize(_:)`` wrote.
    public static func deserialize(_ json: JSONValue) throws -> any Layer {
        guard let kind = json["className"]?.stringValue, let config = json["config"] else {
            throw TensorError.invalidArgument(
                operation: "LayerRegistry",
                reason: "expected {\"className\": …, \"config\": …}. Received: \(json)")
        }
        return try makeLayer(kind: kind, config: config)
    }

    /// Adds (or replaces) the factory of layers of Keras class `kind`.
    public static func register(kind: String, _ factory: @escaping Factory) {
        lock.lock()
        defer { lock.unlock() }
        factories[kind] = factory
    }

    /// The registered class names, sorted.
    public static var kinds: [String] {
        lock.lock()
        defer { lock.unlock() }
        return factories.keys.sorted()
    }
}
