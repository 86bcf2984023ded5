import Foundation
import Tensors

/// Recreates layers from their Keras class name and configuration (``Layer/kind`` and
/// ``Layer/config``), for loading saved models and for ``cloneModel(_:)`` (Keras's
/// `layer.__class__.from_config(layer.get_config())`).
///
/// A recreated layer has the same name, arguments and `trainable` flag, and no weights yet: it
/// is built when called, and a loader then sets the saved weights with ``Layer/setWeights(_:)``.
/// Every layer of ``EngineCatalog`` is registered, read from its entry; ``register(kind:_:)``
/// adds others.
public enum LayerRegistry {
    /// Makes a layer from its configuration.
    public typealias Factory = (JSONValue) throws -> any Layer

    private static let lock = NSLock()
    nonisolated(unsafe) private static var factories: [String: Factory] = builtIn

    /// Every layer of ``EngineCatalog``, read from its entry; an `InputLayer` saved by Keras
    /// with a `batchShape` instead of a `shape` is read too.
    private static let builtIn: [String: Factory] = Dictionary(
        uniqueKeysWithValues: EngineCatalog.entries(of: .layer).map { entry in
            let kind = entry.name == "Input" ? "InputLayer" : entry.name
            return (kind, { json in try make(entry, json) })
        })

    private static func make(_ entry: CatalogEntry, _ json: JSONValue) throws -> any Layer {
        var config = json
        if entry.name == "Input", config["shape"] == nil || config["shape"] == .null,
            let batchShape = config["batchShape"]?.intArray, var members = config.objectValue
        {
            members["shape"] = .ints(Array(batchShape.dropFirst()))
            config = .object(members)
        }
        guard case .layer(let layer) = try entry.make(config: config) else {
            throw TensorError.invalidArgument(
                operation: "LayerRegistry", reason: "\(entry.name) is not a layer")
        }
        return layer
    }

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
