import Diagnostics
import NeuralNetwork
import Tensors

/// Arguments of the engine's API: activations, initializers, layers, training data.
extension Invocation {
    /// An activation written `.relu`, `.leakyRelu(alpha: 0.2)`, `"relu"` or as a value.
    func activation(_ i: Int, default d: ActivationFunction = .linear) throws -> ActivationFunction
    {
        guard let v = value(i) else { return d }
        switch v {
        case .object(let o as ActivationBox): return o.activation
        case .string(let name):
            do { return try ActivationFunction.named(name) } catch {
                throw RuntimeError("\(error)", at: range(i))
            }
        case .symbol(let name):
            if let f = Self.activations[name] { return f }
        case .symbolCall(let name, let args, let labels):
            let numbers = args.compactMap { a -> Float? in
                switch a {
                case .double(let d): return Float(d)
                case .int(let n): return Float(n)
                default: return nil
                }
            }
            guard numbers.count == args.count else { break }
            switch (name, labels) {
            case ("leakyRelu", ["alpha"]): return .leakyRelu(alpha: numbers[0])
            case ("elu", ["alpha"]): return .elu(alpha: numbers[0])
            case ("rrelu", ["lower", "upper"]): return .rrelu(lower: numbers[0], upper: numbers[1])
            case ("rrelu", []): return .rrelu()
            default: break
            }
        default: break
        }
        let known = Self.activations.keys.sorted().map { "." + $0 }.joined(separator: ", ")
        throw RuntimeError(
            "expected an activation (\(known), .leakyRelu(alpha:), .elu(alpha:), .rrelu(lower:upper:)), not \(Formatter.describe(v))",
            at: range(i))
    }

    /// The activations by their Swift member names (`leaky_relu` is `.leakyRelu`).
    static let activations: [String: ActivationFunction] = Dictionary(
        ActivationFunction.all.map { (camelCased($0.name), $0) }, uniquingKeysWith: { a, _ in a })

    /// `he_normal` → `heNormal`.
    static func camelCased(_ name: String) -> String {
        name.split(separator: "_").enumerated()
            .map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
    }

    /// An initializer written `.heNormal`, `.glorotUniform(seed: 1)`, `.constant(0.1)`,
    /// `"he_normal"` or as a value (`VarianceScaling(…)`).
    func initializer(_ i: Int, default d: any Initializer) throws -> any Initializer {
        guard let v = value(i) else { return d }
        let registry = interpreter.registry
        do {
            switch v {
            case .object(let o as InitializerBox): return o.initializer
            case .symbol(let name):
                if let entry = Self.initializers[name],
                    case .initializer(let made) = try entry.make()
                {
                    return made
                }
            case .symbolCall(let name, let args, let labels):
                if let entry = Self.initializers[name] {
                    let arguments = try registry.catalogArguments(entry, args, labels, self, i)
                    if case .initializer(let made) = try entry.make(arguments) { return made }
                }
            case .string(let name):
                if let entry = Self.initializers[Self.camelCased(name)],
                    case .initializer(let made) = try entry.make()
                {
                    return made
                }
            default: break
            }
        } catch let e as RuntimeError {
            throw e
        } catch {
            throw RuntimeError("\(error)", at: range(i))
        }
        let known = Self.initializers.keys.sorted().map { "." + $0 }.joined(separator: ", ")
        throw RuntimeError(
            "expected an initializer (\(known), or a value such as VarianceScaling(…)), not \(Formatter.describe(v))",
            at: range(i))
    }

    /// The initializers of ``EngineCatalog`` by their implicit member names (`GlorotUniform`
    /// is `.glorotUniform`, `Constant` is `.constant(_:)`).
    static let initializers: [String: CatalogEntry] = Dictionary(
        EngineCatalog.entries(of: .initializer).map {
            ($0.name.prefix(1).lowercased() + $0.name.dropFirst(), $0)
        },
        uniquingKeysWith: { a, _ in a })

    /// A float argument.
    func float(_ i: Int) throws -> Float { Float(try double(i)) }

    /// An optional float argument (`nil` when not given or written `nil`).
    func optionalFloat(_ i: Int) throws -> Float? {
        guard let v = value(i) else { return nil }
        if case .none = v { return nil }
        return Float(try double(i))
    }

    /// A layer value.
    func layer(_ i: Int) throws -> any Layer {
        guard case .object(let o as LayerBox)? = value(i) else {
            throw mismatch(i, expected: "Layer")
        }
        return o.layer
    }

    /// An array of layers.
    func layers(_ i: Int) throws -> [any Layer] {
        try array(i).map { v in
            guard case .object(let o as LayerBox) = v else {
                throw mismatch(i, expected: "[Layer]")
            }
            return o.layer
        }
    }

    /// A symbolic tensor: the output of a layer call, or an `Input`.
    func symbolic(_ v: Value, _ i: Int) throws -> SymbolicTensor {
        switch v {
        case .object(let o as SymbolicBox): return o.symbolic
        case .object(let o as LayerBox):
            if let input = o.layer as? Input { return input.symbolic }
        default: break
        }
        throw mismatch(i, expected: "an Input or a layer's symbolic output")
    }

    /// One symbolic tensor or an array of them.
    func symbolics(_ i: Int) throws -> [SymbolicTensor] {
        guard let v = value(i) else { throw mismatch(i, expected: "SymbolicTensor") }
        if case .array(let items) = v { return try items.map { try symbolic($0, i) } }
        return [try symbolic(v, i)]
    }

    /// Training data: a tensor, an array of numbers (labels) or a matrix of numbers.
    func data(_ i: Int) throws -> Tensor {
        guard let v = value(i) else { throw mismatch(i, expected: "Tensor") }
        return try Self.dataTensor(v, at: range(i))
    }

    static func dataTensor(_ v: Value, at range: SourceRange) throws -> Tensor {
        switch v {
        case .object(let o as TensorBox): return o.tensor
        case .object(let o as VariableBox): return o.variable.value
        case .array(let items):
            if items.allSatisfy({ if case .array = $0 { return true } else { return false } })
                && !items.isEmpty
            {
                let rows: [[Float]] = try items.map { row in
                    guard case .array(let r) = row else { return [] }
                    return try r.map { try number($0, at: range) }
                }
                do { return try Tensor(rows) } catch { throw RuntimeError("\(error)", at: range) }
            }
            return Tensor(try items.map { try number($0, at: range) })
        default:
            throw RuntimeError(
                "expected a Tensor or an array of numbers, not '\(v.typeName)'", at: range)
        }
    }

    private static func number(_ v: Value, at range: SourceRange) throws -> Float {
        switch v {
        case .double(let d): return Float(d)
        case .int(let n): return Float(n)
        default: throw RuntimeError("expected numbers, not '\(v.typeName)'", at: range)
        }
    }

    /// One tensor of data or an array of them (several inputs or outputs).
    func dataList(_ i: Int) throws -> [Tensor] {
        guard let v = value(i) else { throw mismatch(i, expected: "Tensor") }
        if case .array(let items) = v,
            items.contains(where: {
                if case .object(_ as TensorBox) = $0 { return true } else { return false }
            })
        {
            return try items.map { try Self.dataTensor($0, at: range(i)) }
        }
        return [try data(i)]
    }
}
