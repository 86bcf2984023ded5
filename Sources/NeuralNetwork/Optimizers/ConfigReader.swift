/// Reads the members of an optimizer's or a schedule's config, throwing clear errors for a
/// missing kind, unknown keys and values of the wrong type.
struct ConfigReader {
    /// The config's `"kind"`.
    let kind: String
    private let members: [String: JSONValue]
    private let what: String

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
        self.what = what
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

    private func wrong(_ key: String, _ expected: String) -> TrainingError {
        .invalidArgument(
            "\(kind) config: '\(key)' must be \(expected). Received: \(key)="
                + ((try? members[key]?.encoded()) ?? "missing"))
    }

    /// The member `key` (or its default when absent).
    func value(_ key: String) -> JSONValue? {
        guard let v = members[key], v != .null else { return nil }
        return v
    }

    func double(_ key: String, default fallback: Double? = nil) throws -> Double {
        guard let v = value(key) else {
            if let fallback { return fallback }
            throw wrong(key, "a number")
        }
        guard let d = v.doubleValue else { throw wrong(key, "a number") }
        return d
    }

    func optionalDouble(_ key: String) throws -> Double? {
        guard value(key) != nil else { return nil }
        return try double(key)
    }

    func optionalFloat(_ key: String) throws -> Float? {
        try optionalDouble(key).map { Float($0) }
    }

    func int(_ key: String) throws -> Int {
        guard let i = value(key)?.intValue else { throw wrong(key, "a whole number") }
        return i
    }

    func optionalInt(_ key: String) throws -> Int? {
        guard value(key) != nil else { return nil }
        return try int(key)
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let v = value(key) else { return fallback }
        guard let b = v.boolValue else { throw wrong(key, "true or false") }
        return b
    }

    func ints(_ key: String) throws -> [Int] {
        guard let a = value(key)?.intArray else { throw wrong(key, "an array of whole numbers") }
        return a
    }

    func doubles(_ key: String) throws -> [Double] {
        guard let a = value(key)?.arrayValue else { throw wrong(key, "an array of numbers") }
        let d = a.compactMap(\.doubleValue)
        guard d.count == a.count else { throw wrong(key, "an array of numbers") }
        return d
    }

    /// The `"learningRate"`: a number or a schedule's config.
    func learningRate(default fallback: Float) throws -> LearningRateSource {
        guard let v = value("learningRate") else { return .constant(fallback) }
        if let d = v.doubleValue { return .constant(Float(d)) }
        if v.objectValue != nil { return .schedule(try makeSchedule(config: v)) }
        throw wrong("learningRate", "a number or a schedule config")
    }

    /// The clipping settings shared by every optimizer.
    func clipping() throws -> (value: Float?, norm: Float?, global: Float?) {
        (
            try optionalFloat("clipValue"), try optionalFloat("clipNorm"),
            try optionalFloat("globalClipNorm")
        )
    }

    /// The keys every optimizer config may hold.
    static let sharedOptimizerKeys = ["learningRate", "clipValue", "clipNorm", "globalClipNorm"]
}
