/// Reads an optimizer's or a schedule's config through its ``EngineCatalog`` entry, throwing
/// clear errors for a missing kind, unknown keys and values of the wrong type.
struct ConfigReader {
    /// The config's `"kind"`.
    let kind: String
    private let members: [String: JSONValue]

    /// A reader of `config`, which must be an object with a string `"kind"`.
    init(_ config: JSONValue, what: String) throws {
        guard let members = config.objectValue else {
            throw TrainingError.invalidArgument("a \(what) config must be a JSON object")
        }
        guard let kind = members["kind"]?.stringValue else {
            throw TrainingError.invalidArgument("a \(what) config needs a string \"kind\"")
        }
        self.kind = kind
        self.members = members
    }

    /// Throws when the config has a key other than `"kind"` and `allowed`.
    func expectKeys(_ allowed: [String]) throws {
        let known = Set(allowed + ["kind"])
        if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
            throw TrainingError.invalidArgument(
                "\(kind) config: unknown key '\(unknown)'; expected keys: "
                    + allowed.sorted().joined(separator: ", "))
        }
    }

    /// The object of this kind that `config` describes, read by its ``EngineCatalog`` entry:
    /// missing members take their defaults; an unknown kind or key throws.
    static func make(_ config: JSONValue, what: String, kind: CatalogKind) throws
        -> CatalogObject
    {
        let reader = try ConfigReader(config, what: what)
        let entries = EngineCatalog.entries(of: kind)
        guard let entry = entries.first(where: { $0.name == reader.kind }) else {
            throw TrainingError.invalidArgument(
                "unknown \(what) kind '\(reader.kind)'; expected one of "
                    + entries.map(\.name).joined(separator: ", "))
        }
        try reader.expectKeys(entry.parameters.map(\.key))
        return try entry.make(config: config)
    }
}
