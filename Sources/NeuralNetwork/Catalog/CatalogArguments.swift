import Tensors

/// The arguments of one ``CatalogEntry/make(_:)`` call, every parameter present (given or
/// defaulted), read by type; a value of the wrong type throws, naming the parameter.
public struct CatalogArguments {
    /// The entry's name, for messages.
    let entry: String
    let values: [String: CatalogValue]

    private func wrong(_ key: String, _ expected: String) -> TensorError {
        .invalidArgument(
            operation: entry, reason: "'\(key)' must be \(expected)")
    }

    private func value(_ key: String) -> CatalogValue? {
        if case .none? = values[key] { return nil }
        return values[key]
    }

    /// The argument `key` as an Int, or nil when unset.
    public func optionalInt(_ key: String) throws -> Int? {
        guard let v = value(key) else { return nil }
        guard case .int(let n) = v else { throw wrong(key, "an Int") }
        return n
    }

    /// The argument `key` as an Int.
    public func int(_ key: String) throws -> Int {
        guard let n = try optionalInt(key) else { throw wrong(key, "an Int") }
        return n
    }

    /// The argument `key` as a number (an Int counts), or nil when unset.
    public func optionalDouble(_ key: String) throws -> Double? {
        switch value(key) {
        case nil: return nil
        case .double(let d)?: return d
        case .int(let n)?: return Double(n)
        default: throw wrong(key, "a number")
        }
    }

    /// The argument `key` as a number (an Int counts).
    public func double(_ key: String) throws -> Double {
        guard let d = try optionalDouble(key) else { throw wrong(key, "a number") }
        return d
    }

    /// The argument `key` as a number as a Float, or nil when unset.
    public func optionalFloat(_ key: String) throws -> Float? {
        try optionalDouble(key).map { Float($0) }
    }

    /// The argument `key` as a number as a Float.
    public func float(_ key: String) throws -> Float { Float(try double(key)) }

    /// The argument `key` as a Bool.
    public func bool(_ key: String) throws -> Bool {
        guard case .bool(let b)? = value(key) else { throw wrong(key, "a Bool") }
        return b
    }

    /// The argument `key` as a String, or nil when unset.
    public func optionalString(_ key: String) throws -> String? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else { throw wrong(key, "a String") }
        return s
    }

    /// The argument `key` as a String.
    public func string(_ key: String) throws -> String {
        guard let s = try optionalString(key) else { throw wrong(key, "a String") }
        return s
    }

    /// The argument `key` as an array of Int, or nil when unset.
    public func optionalInts(_ key: String) throws -> [Int]? {
        guard let v = value(key) else { return nil }
        guard case .ints(let a) = v else { throw wrong(key, "an array of Int") }
        return a
    }

    /// The argument `key` as an array of Int.
    public func ints(_ key: String) throws -> [Int] {
        guard let a = try optionalInts(key) else { throw wrong(key, "an array of Int") }
        return a
    }

    /// The argument `key` as an array of numbers, or nil when unset.
    public func optionalDoubles(_ key: String) throws -> [Double]? {
        switch value(key) {
        case nil: return nil
        case .doubles(let a)?: return a
        case .ints(let a)?: return a.map(Double.init)
        default: throw wrong(key, "an array of numbers")
        }
    }

    /// The argument `key` as an array of numbers.
    public func doubles(_ key: String) throws -> [Double] {
        guard let a = try optionalDoubles(key) else { throw wrong(key, "an array of numbers") }
        return a
    }

    /// The argument `key` as an array of numbers as Floats, or nil when unset.
    public func optionalFloats(_ key: String) throws -> [Float]? {
        try optionalDoubles(key)?.map { Float($0) }
    }

    /// The argument `key` as an activation (a value or its Keras identifier).
    public func activation(_ key: String) throws -> ActivationFunction {
        switch value(key) {
        case .activation(let f)?: return f
        case .string(let name)?: return try ActivationFunction.named(name)
        default: throw wrong(key, "an activation")
        }
    }

    /// The argument `key` as an initializer.
    public func initializer(_ key: String) throws -> any Initializer {
        guard case .initializer(let i)? = value(key) else { throw wrong(key, "an initializer") }
        return i
    }

    /// The argument `key` as a regularizer, or nil when unset.
    public func regularizer(_ key: String) throws -> Regularizer? {
        guard let v = value(key) else { return nil }
        guard case .regularizer(let r) = v else { throw wrong(key, "a regularizer") }
        return r
    }

    /// The argument `key` as a constraint, or nil when unset.
    public func constraint(_ key: String) throws -> Constraint? {
        guard let v = value(key) else { return nil }
        guard case .constraint(let c) = v else { throw wrong(key, "a constraint") }
        return c
    }

    /// A seed: nil when unset; a negative one throws.
    public func seed(_ key: String) throws -> UInt64? {
        guard let n = try optionalInt(key) else { return nil }
        guard n >= 0 else { throw wrong(key, "a non-negative Int") }
        return UInt64(n)
    }

    /// The case of `E` whose Swift name the argument gives.
    public func option<E: CaseIterable>(_ key: String, _ type: E.Type) throws -> E {
        guard case .option(let name)? = value(key),
            let e = E.allCases.first(where: { "\($0)" == name })
        else { throw wrong(key, "one of " + E.allCases.map { ".\($0)" }.joined(separator: ", ")) }
        return e
    }

    /// A learning rate: a number, or a schedule.
    func learningRate(_ key: String) throws -> LearningRateSource {
        if case .schedule(let s)? = value(key) { return .schedule(s) }
        return .constant(try float(key))
    }

    /// A closure argument; nil when unset.
    public func function(_ key: String) throws -> (([CatalogValue]) throws -> CatalogValue)? {
        guard let v = value(key) else { return nil }
        guard case .function(let f) = v else { throw wrong(key, "a closure") }
        return f
    }
}
