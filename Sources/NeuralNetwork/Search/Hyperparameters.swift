/// One sampled value of a hyperparameter: an integer, a real number or a name.
public enum HyperparameterValue: Equatable, CustomStringConvertible, Sendable {
    case int(Int)
    case double(Double)
    case string(String)

    public var description: String {
        switch self {
        case .int(let i): return "\(i)"
        case .double(let d): return "\(d)"
        case .string(let s): return s
        }
    }

    /// The value as a real number (integers convert), for sorting and plotting.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .string: return nil
        }
    }
}

/// The values of one trial's hyperparameters, read by name in the model-building closure:
/// `hp.int("layers")`, `hp.double("learningRate")`, `hp.string("activation")`.
public struct Hyperparameters: CustomStringConvertible, Sendable {
    /// The values by name.
    public let values: [String: HyperparameterValue]
    /// The names in the order of the search space.
    public let names: [String]

    /// The integer named `name`; throws when there is none or it is not an integer.
    public func int(_ name: String) throws -> Int {
        guard case .int(let i) = try value(name) else { throw mismatch(name, "an integer") }
        return i
    }

    /// The real number named `name` (an integer converts); throws when there is none.
    public func double(_ name: String) throws -> Double {
        guard let d = try value(name).doubleValue else { throw mismatch(name, "a number") }
        return d
    }

    /// The name named `name`; throws when there is none or it is a number.
    public func string(_ name: String) throws -> String {
        guard case .string(let s) = try value(name) else { throw mismatch(name, "a string") }
        return s
    }

    private func value(_ name: String) throws -> HyperparameterValue {
        guard let v = values[name] else {
            throw TrainingError.invalidArgument(
                "no hyperparameter named '\(name)'. The space has: \(names.joined(separator: ", "))"
            )
        }
        return v
    }

    private func mismatch(_ name: String, _ kind: String) -> TrainingError {
        .invalidArgument(
            "the hyperparameter '\(name)' is \(values[name].map { "\($0)" } ?? "?"), not \(kind)")
    }

    public var description: String {
        names.map { "\($0)=\(values[$0].map { "\($0)" } ?? "")" }.joined(separator: ", ")
    }
}
