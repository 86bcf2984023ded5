/// An argument of a ``CatalogEntry``: what a cell, a config or a test passes for one parameter.
public enum CatalogValue {
    /// `nil`: an optional parameter left unset.
    case none
    /// A whole number (also a seed).
    case int(Int)
    /// A number.
    case double(Double)
    /// A flag.
    case bool(Bool)
    /// A text, a name or a path.
    case string(String)
    /// A shape or a list of axes.
    case ints([Int])
    /// A list of numbers.
    case doubles([Double])
    /// An activation function.
    case activation(ActivationFunction)
    /// A weight initializer.
    case initializer(any Initializer)
    /// A weight penalty.
    case regularizer(Regularizer)
    /// A weight constraint.
    case constraint(Constraint)
    /// A learning-rate schedule.
    case schedule(any LearningRateSchedule)
    /// An enumeration's case by its Swift name (`fanAvg`, `max`).
    case option(String)
    /// A closure of the caller's (a cell's), called with arguments and returning a value.
    case function(([CatalogValue]) throws -> CatalogValue)
    /// Training logs, passed to a callback's closure.
    case logs([String: Double])
}

/// The type of a ``CatalogParameter``: what a caller must pass for it.
public enum CatalogType: Equatable, CustomStringConvertible, Sendable {
    /// The value kinds of ``CatalogValue`` of the same names.
    case int, double, bool, string, ints, doubles
    /// An ``ActivationFunction``, an ``Initializer``, a ``Regularizer`` or a ``Constraint``.
    case activation, initializer, regularizer, constraint
    /// A number, or a ``LearningRateSchedule``.
    case learningRate
    /// A non-negative integer seed.
    case seed
    /// One of the named cases (their Swift names).
    case option([String])
    /// A path of a file or folder the object writes.
    case outputPath
    /// A closure taking `arity` arguments.
    case function(arity: Int)

    /// The type as Swift writes it, for messages.
    public var description: String {
        switch self {
        case .int, .seed: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string, .outputPath: return "String"
        case .ints: return "[Int]"
        case .doubles: return "[Double]"
        case .activation: return "ActivationFunction"
        case .initializer: return "Initializer"
        case .regularizer: return "Regularizer"
        case .constraint: return "Constraint"
        case .learningRate: return "Double or LearningRateSchedule"
        case .option(let names): return names.map { "." + $0 }.joined(separator: ", ")
        case .function(let arity): return "closure of \(arity) argument\(arity == 1 ? "" : "s")"
        }
    }

    /// The cases of an enumeration, by their Swift names.
    public static func option<E: CaseIterable>(of type: E.Type) -> CatalogType {
        .option(E.allCases.map { "\($0)" })
    }
}

/// One parameter of a ``CatalogEntry``: its argument label, its type and its default.
public struct CatalogParameter {
    /// The name the parameter goes by in ``CatalogArguments`` and in configs.
    public let key: String
    /// The argument label callers write; nil for an unlabeled (`_`) parameter.
    public let label: String?
    public let type: CatalogType
    /// The value taken when the argument is left out; nil when the argument is required.
    public let defaultValue: CatalogValue?

    /// A parameter `key` (also its label unless `positional`), required unless it has a
    /// default.
    public init(
        _ key: String, _ type: CatalogType, default defaultValue: CatalogValue? = nil,
        positional: Bool = false
    ) {
        self.key = key
        self.label = positional ? nil : key
        self.type = type
        self.defaultValue = defaultValue
    }

    /// Whether a caller must pass the argument.
    public var isRequired: Bool { defaultValue == nil }

    /// `label:` or `_:`, as in a Swift signature.
    public var signature: String { (label ?? "_") + ":" }
}
