import Tensors

/// Recreates initializers from their saved configurations (``Initializer/config``): the Keras
/// identifier under `"name"` plus the initializer's arguments, read by the ``EngineCatalog``
/// entry of that name (`he_normal` is `HeNormal`).
public enum InitializerRegistry {
    /// The initializer that `config` describes (`{"name": "he_normal", "seed": 3}`); a bare
    /// string is taken as the name. Throws for an unknown name or a malformed argument.
    public static func makeInitializer(config: JSONValue) throws -> any Initializer {
        let name = config.stringValue ?? config["name"]?.stringValue ?? ""
        let typeName = name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
        guard
            let entry = EngineCatalog.entries(of: .initializer).first(where: { $0.name == typeName }
            ),
            case .initializer(let made) = try entry.make(
                config: config.objectValue == nil ? .object([:]) : config)
        else {
            throw TensorError.invalidArgument(
                operation: "InitializerRegistry",
                reason: "unknown initializer. Received: config=\((try? config.encoded()) ?? "?")")
        }
        return made
    }
}
