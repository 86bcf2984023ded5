import Tensors

/// Typed access to a layer's saved configuration, for ``LayerRegistry``: each accessor returns
/// the default when the key is missing or `null`, and throws when the value has the wrong type.
struct LayerConfig {
    /// The layer's Keras class name, for error messages.
    let kind: String
    /// The configuration object.
    let json: JSONValue

    init(kind: String, _ json: JSONValue) throws {
        guard json.objectValue != nil else {
            throw TensorError.invalidArgument(
                operation: "LayerRegistry",
                reason: "the config of a \(kind) layer must be an object. Received: \(json)")
        }
        self.kind = kind
        self.json = json
    }

    private func value(_ key: String) -> JSONValue? {
        guard let v = json[key], v != .null else { return nil }
        return v
    }

    private func wrongType(_ key: String, _ expected: String) -> TensorError {
        let text = (try? json[key]?.encoded()) ?? "?"
        return TensorError.invalidArgument(
            operation: "LayerRegistry",
            reason: "\(kind) config: `\(key)` must be \(expected). Received: \(key)=\(text)")
    }

    /// The layer's name, or `nil` for a fresh automatic one.
    var name: String? { value("name")?.stringValue }

    func int(_ key: String) throws -> Int? {
        guard let v = value(key) else { return nil }
        guard let i = v.intValue else { throw wrongType(key, "an integer") }
        return i
    }

    func int(_ key: String, default fallback: Int) throws -> Int { try int(key) ?? fallback }

    func double(_ key: String, default fallback: Double) throws -> Double {
        guard let v = value(key) else { return fallback }
        guard let d = v.doubleValue else { throw wrongType(key, "a number") }
        return d
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let v = value(key) else { return fallback }
        guard let b = v.boolValue else { throw wrongType(key, "a Boolean") }
        return b
    }

    func ints(_ key: String) throws -> [Int]? {
        guard let v = value(key) else { return nil }
        guard let a = v.intArray else { throw wrongType(key, "an array of integers") }
        return a
    }

    func floats(_ key: String) throws -> [Float]? {
        guard let v = value(key) else { return nil }
        guard let a = v.arrayValue else { throw wrongType(key, "an array of numbers") }
        return try a.map { element in
            guard let d = element.doubleValue else { throw wrongType(key, "an array of numbers") }
            return Float(d)
        }
    }

    func seed(_ key: String) throws -> UInt64? {
        guard let i = try int(key) else { return nil }
        guard i >= 0 else { throw wrongType(key, "a non-negative integer") }
        return UInt64(i)
    }

    func activation(_ key: String) throws -> ActivationFunction {
        guard let v = value(key) else { return .linear }
        guard let identifier = v.stringValue ?? v["name"]?.stringValue else {
            throw wrongType(key, "an activation identifier")
        }
        return try ActivationFunction.named(identifier)
    }

    /// The value of `key` as it is (a nested configuration), or nil when missing.
    func object(_ key: String) -> JSONValue? { value(key) }

    func initializer(_ key: String, default fallback: any Initializer) throws -> any Initializer {
        guard let v = value(key) else { return fallback }
        return try InitializerRegistry.makeInitializer(config: v)
    }
}
