/// Recreates an optimizer, without state, from its ``Optimizer/config``, through its
/// ``EngineCatalog`` entry; throws for an unknown kind, unknown keys and values of the wrong type
/// or out of range. Missing hyperparameters take their defaults.
public func makeOptimizer(config: JSONValue) throws -> any Optimizer {
    guard
        case .optimizer(let optimizer) = try ConfigReader.make(
            config, what: "optimizer", kind: .optimizer)
    else { throw TrainingError.invalidArgument("the config does not describe an optimizer") }
    return optimizer
}
