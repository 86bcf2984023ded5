import Tensors

extension CatalogEntry {
    /// The object a saved configuration describes (``Layer/config``): each parameter is read
    /// from the member of its key, a missing or `null` member taking the default; members that
    /// are no parameter (`name` of an object without one, `trainable`) are left to the caller.
    /// Throws for a config that is not an object and for a member of the wrong type.
    public func make(config: JSONValue) throws -> CatalogObject {
        guard let members = config.objectValue else {
            throw TensorError.invalidArgument(
                operation: "\(name) config", reason: "expected an object. Received: \(config)")
        }
        var arguments: [String: CatalogValue] = [:]
        for p in parameters {
            guard let v = members[p.key], v != .null else { continue }
            arguments[p.key] = try value(v, of: p)
        }
        return try make(arguments)
    }

    /// The member `v` as a value of parameter `p`'s type.
    private func value(_ v: JSONValue, of p: CatalogParameter) throws -> CatalogValue {
        func wrong(_ expected: String) -> TensorError {
            .invalidArgument(
                operation: "\(name) config",
                reason: "`\(p.key)` must be \(expected). Received: \(p.key)="
                    + ((try? v.encoded()) ?? "?"))
        }
        switch p.type {
        case .int, .seed:
            guard let n = v.intValue else { throw wrong("an integer") }
            return .int(n)
        case .double:
            guard let d = v.doubleValue else { throw wrong("a number") }
            return .double(d)
        case .bool:
            guard let b = v.boolValue else { throw wrong("true or false") }
            return .bool(b)
        case .string, .outputPath:
            guard let s = v.stringValue else { throw wrong("a string") }
            return .string(s)
        case .ints:
            guard let a = v.intArray else { throw wrong("an array of integers") }
            return .ints(a)
        case .doubles:
            let a = v.arrayValue?.compactMap(\.doubleValue)
            guard let a, a.count == v.arrayValue?.count else { throw wrong("an array of numbers") }
            return .doubles(a)
        case .activation:
            guard let identifier = v.stringValue ?? v["name"]?.stringValue else {
                throw wrong("an activation identifier")
            }
            return .activation(try ActivationFunction.named(identifier))
        case .initializer: return .initializer(try InitializerRegistry.makeInitializer(config: v))
        case .regularizer: return .regularizer(try Regularizer(config: v))
        case .constraint: return .constraint(try Constraint(config: v))
        case .learningRate:
            if let d = v.doubleValue { return .double(d) }
            guard v.objectValue != nil else { throw wrong("a number or a schedule config") }
            return .schedule(try makeSchedule(config: v))
        case .option(let names):
            // By its Swift name or by its Keras one (`fan_avg` is `fanAvg`).
            let s = v.stringValue.map { names.contains($0) ? $0 : Self.camelCased($0) }
            guard let s, names.contains(s) else {
                throw wrong("one of " + names.joined(separator: ", "))
            }
            return .option(s)
        case .function: throw wrong("a closure, which a config cannot hold")
        }
    }

    /// `fan_avg` → `fanAvg`.
    private static func camelCased(_ name: String) -> String {
        name.split(separator: "_").enumerated()
            .map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
    }
}
