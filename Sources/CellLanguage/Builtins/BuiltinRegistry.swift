import Diagnostics
import Tensors

/// Every name a cell can use without declaring it: functions, types and constants, plus the
/// methods of built-in values. Each area registers itself in its own `Builtins+Area.swift`.
public final class BuiltinRegistry {
    var functions: [String: [Builtin]] = [:]
    var types: [String: BuiltinType] = [:]
    /// Methods per kind of receiver.
    var arrayMethods: [String: [Builtin]] = [:]
    var stringMethods: [String: [Builtin]] = [:]
    var numberMethods: [String: [Builtin]] = [:]
    var dictionaryMethods: [String: [Builtin]] = [:]
    /// ``dictionaryMethods`` with the array methods on the pairs, made once.
    private(set) var dictionaryMethodsWithArrayMethods: [String: [Builtin]] = [:]
    /// ``stringMethods`` with the array methods on the characters, made once.
    private(set) var stringMethodsWithArrayMethods: [String: [Builtin]] = [:]
    /// Methods of ranges beyond those they share with arrays (`contains` without a conversion).
    var rangeMethods: [String: [Builtin]] = [:]
    var arrayMutating: [String: [MutatingMethod]] = [:]
    var dictionaryMutating: [String: [MutatingMethod]] = [:]
    /// Methods that edit a String in place (`append`, `removeLast` …).
    var stringMutating: [String: [MutatingMethod]] = [:]
    /// `flag.toggle()`
    var boolMutating: [String: [MutatingMethod]] = [:]
    /// Methods of optionals (`map`, `flatMap`).
    var optionalMethods: [String: [Builtin]] = [:]
    /// The mark methods of `Axes` (mutating: they replace the axes value held by a variable).
    var axesMutating: [String: [MutatingMethod]] = [:]
    /// Mutating methods of `SearchSpace` values (`space.choice("units", [16, 32])`).
    var searchSpaceMutating: [String: [MutatingMethod]] = [:]
    /// Mutating methods of `Set` values (`insert`, `remove` …).
    var setMutating: [String: [MutatingMethod]] = [:]
    /// Operators on engine objects (tensors …), tried when the built-in rules do not apply.
    var operatorHandlers: [(BinaryOperator, Value, Value, SourceRange) throws -> Value?] = []
    /// Methods and property setters of engine objects.
    var objectMethods: [(Value) -> [String: [Builtin]]] = []
    var propertySetters:
        [(String, inout Value, SourceRange, (inout Value) throws -> Void) throws -> Bool] = []
    /// The chapter's random generator (seeded per chapter; `seed(_:)` re-seeds it).
    public var random = SplitMix64(seed: 42)
    /// The engine's generator for random tensors (Philox 4×32-10), seeded with the same seed.
    public var tensorRandom = RandomGenerator(seed: 42)
    /// Whether training progress lines show seconds per epoch.
    var showsTimings = false
    /// See ``Session/onTrainingProgress``.
    var trainingProgress: (@Sendable (TrainingProgress) -> Void)?
    /// The most points (marks, grid cells, pixels) one figure may draw.
    var figurePointLimit = 1_000_000
    /// Where cells may read and write files; relative paths start from its folders.
    var fileAccess = FileAccess.confined(to: "")

    /// The path to read for the string argument `i`; a path outside the allowed folders is an
    /// error at the argument.
    func pathToRead(_ inv: Invocation, _ i: Int, default fallback: String? = nil) throws -> String {
        let path = try fallback.map { try inv.optionalString(i) ?? $0 } ?? inv.string(i)
        do {
            let resolved = try fileAccess.pathToRead(path)
            filesRead.insert(resolved)
            return resolved
        } catch let e as FileAccessError {
            let at = inv.value(i) == nil ? inv.callRange : inv.range(i)
            throw RuntimeError(e.description, at: at)
        }
    }

    /// The path to write for the string argument `i` (relative paths go to the scratch
    /// folder); a path outside the allowed folders is an error at the argument.
    func pathToWrite(_ inv: Invocation, _ i: Int, default fallback: String? = nil) throws
        -> String
    {
        let path = try fallback.map { try inv.optionalString(i) ?? $0 } ?? inv.string(i)
        do {
            return try fileAccess.pathToWrite(path)
        } catch let e as FileAccessError {
            let at = inv.value(i) == nil ? inv.callRange : inv.range(i)
            throw RuntimeError(e.description, at: at)
        }
    }
    /// Every file cells read through ``pathToRead(_:_:default:)`` (resolved paths): what the
    /// chapter's results depend on besides its text.
    var filesRead: Set<String> = []
    /// Methods of tensor values.
    var tensorMethods: [String: [Builtin]] = [:]
    /// What calling an engine object does (`layer(x)`), per kind of object, tried in order.
    var objectCalls: [(Value) -> [Builtin]?] = []
    /// Instances holding an engine object; the object refers back to its instance, so the
    /// session breaks these cycles when it ends (``releaseEngineObjects()``).
    var engineInstances: [Instance] = []

    /// Lets go of the engine objects of `Layer` and `Model` subclasses' instances.
    func releaseEngineObjects() {
        for instance in engineInstances {
            if let index = instance.type.engineFieldIndex { instance.fields[index] = .none }
        }
        engineInstances = []
    }

    /// Makes the engine object of an instance of a cell's `Layer` or `Model` subclass.
    var makeEngineObject: (Instance, Interpreter, SourceRange) -> Value? = { _, _, _ in nil }

    func callOverloads(for callee: Value) -> [Builtin]? {
        for provider in objectCalls {
            if let overloads = provider(callee) { return overloads }
        }
        return nil
    }

    /// Properties of engine objects (`tensor.shape`, `data.trainImages`), tried in order.
    var objectProperties: [(String, Value) -> Value?] = []

    /// The standard registry: every area.
    public init() {
        registerMath()
        registerConversions()
        registerCollections()
        registerStrings()
        registerEditing()
        registerDisplay()
        registerRandom()
        registerExpectations()
        registerPlot()
        registerOperatorFunctions()
        registerMoreCollections()
        registerTensors()
        registerDatasets()
        registerDataSets()
        registerLayers()
        registerMoreLayers()
        registerModels()
        registerCatalog()
        registerOptimizers()
        registerLosses()
        registerVariables()
        registerSaving()
        registerSubclassing()
        registerSearch()
        registerPerceptron()
        registerSets()
        registerHasher()
        registerAnyIterator()
        registerStringIndices()
        // A dictionary also has the array methods, on its (key, value) pairs (`max(by:)`,
        // `first(where:)`, `reduce` …), where it has no method of its own.
        var merged = dictionaryMethods
        for (name, overloads) in arrayMethods where merged[name] == nil {
            merged[name] = overloads.map { b in
                Builtin(name, b.parameters) { inv in
                    guard case .dictionary(let d, let order) = inv.receiver else {
                        return try b.implementation(&inv)
                    }
                    var onPairs = inv
                    onPairs.receiver = .array(
                        order.compactMap { k in
                            d[k].map { .tuple([k.value, $0], labels: ["key", "value"]) }
                        })
                    return try b.implementation(&onPairs)
                }
            }
        }
        dictionaryMethodsWithArrayMethods = merged
        // A string also has the array methods, on its characters (`reversed()`, `filter`, `map` …).
        var forStrings = stringMethods
        for (name, overloads) in arrayMethods {
            // A String's own overloads come first (`contains(_:)`); the array ones whose labels
            // it lacks follow (`contains(where:)`).
            let own = forStrings[name] ?? []
            let added = overloads.filter { b in
                !own.contains { $0.parameters.map(\.label) == b.parameters.map(\.label) }
            }
            forStrings[name] =
                own
                + added.map { b in
                    Builtin(name, b.parameters) { inv in
                        guard case .string(let s) = inv.receiver else {
                            return try b.implementation(&inv)
                        }
                        var onCharacters = inv
                        onCharacters.receiver = .array(s.map { .string(String($0)) })
                        let result = try b.implementation(&onCharacters)
                        // `filter` and `reversed` of a String give characters that read as a String.
                        if ["filter", "reversed", "prefix", "drop"].contains(name),
                            case .array(let items) = result
                        {
                            return .string(items.map(Formatter.describe).joined())
                        }
                        return result
                    }
                }
        }
        stringMethodsWithArrayMethods = forStrings
        mutatingNames = Set(arrayMutating.keys).union(dictionaryMutating.keys).union(
            axesMutating.keys
        )
        .union(stringMutating.keys).union(boolMutating.keys)
        .union(searchSpaceMutating.keys).union(setMutating.keys)
    }

    /// Names of every mutating method, so calls on storage can work in place.
    private(set) var mutatingNames: Set<String> = []

    func function(
        _ name: String, _ parameters: [BuiltinParameter],
        _ implementation: @escaping (inout Invocation) throws -> Value
    ) {
        functions[name, default: []].append(Builtin(name, parameters, implementation))
    }

    /// Values of the built-in names, made once; lowering resolves a name to its index here.
    private(set) var builtinValues: [Value] = []
    private var builtinIndices: [String: Int] = [:]

    func index(of name: String) -> Int? {
        if let i = builtinIndices[name] { return i }
        guard let v = value(named: name) else { return nil }
        builtinValues.append(v)
        builtinIndices[name] = builtinValues.count - 1
        return builtinValues.count - 1
    }

    var names: [String] { Array(functions.keys) + Array(types.keys) }

    func value(named name: String) -> Value? {
        if let f = functions[name] { return .function(Function(.builtin(f), name: name)) }
        if let t = types[name] { return .type(t) }
        return nil
    }

    func methods(for receiver: Value) -> [String: [Builtin]] {
        switch receiver {
        case .array: return arrayMethods
        case .range: return arrayMethods.merging(rangeMethods) { _, range in range }
        case .doubleRange: return rangeMethods
        case .string: return stringMethodsWithArrayMethods
        case .int, .double: return numberMethods
        case .dictionary: return dictionaryMethodsWithArrayMethods
        case .some, .none: return optionalMethods
        case .object:
            var all: [String: [Builtin]] = [:]
            for provider in objectMethods { all.merge(provider(receiver)) { a, _ in a } }
            return all
        default: return [:]
        }
    }

    func mutatingMethods(for receiver: Value) -> [String: [MutatingMethod]] {
        switch receiver {
        case .array: return arrayMutating
        case .dictionary: return dictionaryMutating
        case .string: return stringMutating
        case .bool: return boolMutating
        case .object(let o) where o is AxesBox: return axesMutating
        case .object(let o) where o is SearchSpaceBox: return searchSpaceMutating
        case .object(let o) where o is SetBox: return setMutating
        default: return [:]
        }
    }

    func applyOperator(_ op: BinaryOperator, _ l: Value, _ r: Value, range: SourceRange) throws
        -> Value?
    {
        for handler in operatorHandlers {
            if let v = try handler(op, l, r, range) { return v }
        }
        return nil
    }

    func modifyProperty(
        _ name: String, of base: Value, range: SourceRange,
        _ body: (inout Value) throws -> Void
    ) throws -> Bool {
        var b = base
        for setter in propertySetters where try setter(name, &b, range, body) { return true }
        return false
    }
}

/// A type usable by name in a cell: its initializers (`Double(x)`) and static members.
public final class BuiltinType {
    let name: String
    var initializers: [Builtin]
    var staticMembers: [String: Value]

    init(_ name: String, initializers: [Builtin] = [], staticMembers: [String: Value] = [:]) {
        self.name = name
        self.initializers = initializers
        self.staticMembers = staticMembers
    }
}
