/// Recreates an optimizer, without state, from its ``Optimizer/config``; throws for an unknown
/// kind, unknown keys and values of the wrong type or out of range. Missing hyperparameters
/// take their defaults.
public func makeOptimizer(config: JSONValue) throws -> any Optimizer {
    let reader = try ConfigReader(config, what: "optimizer")
    guard let make = optimizerKinds[reader.kind] else {
        throw TrainingError.invalidArgument(
            "unknown optimizer kind '\(reader.kind)'; expected one of "
                + optimizerKinds.keys.sorted().joined(separator: ", "))
    }
    return try make(reader)
}

/// The optimizers ``makeOptimizer(config:)`` knows: one line per optimizer.
private let optimizerKinds: [String: (ConfigReader) throws -> any Optimizer] = [
    SGD.kind: { try SGD(config: $0) },
    Adagrad.kind: { try Adagrad(config: $0) },
    RMSprop.kind: { try RMSprop(config: $0) },
    Adam.kind: { try Adam(config: $0) },
    Adamax.kind: { try Adamax(config: $0) },
    Nadam.kind: { try Nadam(config: $0) },
]
