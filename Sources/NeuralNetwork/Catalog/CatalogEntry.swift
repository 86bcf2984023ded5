import Tensors

/// What a ``CatalogEntry`` makes.
public enum CatalogKind: String, CaseIterable, Sendable {
    /// One kind per protocol or base class of the engine.
    case layer, loss, metric, optimizer, schedule, initializer, callback
}

/// An object a ``CatalogEntry`` made.
public enum CatalogObject {
    /// The object, by the kind of its entry.
    case layer(any Layer)
    case loss(any Loss)
    case metric(any Metric)
    case optimizer(any Optimizer)
    case schedule(any LearningRateSchedule)
    case initializer(any Initializer)
    case callback(Callback)

    /// The object, untyped.
    public var value: Any {
        switch self {
        case .layer(let x): return x
        case .loss(let x): return x
        case .metric(let x): return x
        case .optimizer(let x): return x
        case .schedule(let x): return x
        case .initializer(let x): return x
        case .callback(let x): return x
        }
    }
}

/// One public type of the engine, declared once: its Swift name, its initializer's parameters
/// with their labels and defaults, and how to make it from arguments. The cell bindings read
/// these entries instead of restating them, so an entry added here is callable from cells.
public struct CatalogEntry {
    /// The Swift name (`Dense`, `Huber`, `ExponentialDecay`).
    public let name: String
    public let kind: CatalogKind
    /// The initializer's parameters, in order.
    public let parameters: [CatalogParameter]
    private let factory: (CatalogArguments) throws -> CatalogObject

    public init(
        _ name: String, _ kind: CatalogKind, _ parameters: [CatalogParameter],
        make: @escaping (CatalogArguments) throws -> CatalogObject
    ) {
        self.name = name
        self.kind = kind
        self.parameters = parameters
        self.factory = make
    }

    /// `Dense(_:activation:useBias:…)`.
    public var signature: String {
        name + "(" + parameters.map(\.signature).joined() + ")"
    }

    /// The object made from `arguments` (by parameter key), every parameter left out taking
    /// its default; throws for an unknown key, a missing required argument, or what the
    /// type's initializer refuses.
    public func make(_ arguments: [String: CatalogValue] = [:]) throws -> CatalogObject {
        var values: [String: CatalogValue] = [:]
        for p in parameters {
            if let v = arguments[p.key] {
                values[p.key] = v
            } else if let d = p.defaultValue {
                values[p.key] = d
            } else {
                throw TensorError.invalidArgument(
                    operation: name, reason: "missing argument for parameter '\(p.key)'")
            }
        }
        let known = Set(parameters.map(\.key))
        if let unknown = arguments.keys.sorted().first(where: { !known.contains($0) }) {
            throw TensorError.invalidArgument(
                operation: name,
                reason: "unknown argument '\(unknown)'; \(signature) takes "
                    + parameters.map(\.key).joined(separator: ", "))
        }
        return try factory(CatalogArguments(entry: name, values: values))
    }
}
