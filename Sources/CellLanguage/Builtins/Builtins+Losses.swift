import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// Losses (made from ``EngineCatalog``) are callable on tensors as Keras's are:
    /// `loss(yTrue, yPred)` is the scalar mean over the batch (`sampleWeight:` optional). Also
    /// `toCategorical(_:classes:)`.
    func registerLosses() {
        let call = Builtin(
            "callAsFunction",
            [.positional(), .positional(), .labeled("sampleWeight", defaulted: true)]
        ) { inv in
            guard case .object(let o as LossBox) = inv.receiver else { return .void }
            let yTrue = try inv.data(0)
            let yPred = try inv.data(1)
            let weights = inv.value(2) == nil ? nil : try inv.data(2)
            return Self.box(
                try Self.tensorCall(inv) { try o.loss(yTrue, yPred, sampleWeight: weights) })
        }
        objectCalls.append { value in
            guard case .object(let o) = value, o is LossBox else { return nil }
            return [call]
        }
        objectProperties.append { name, value in
            guard case .object(let o as LossBox) = value else { return nil }
            switch (name, o.loss) {
            case ("name", let loss): return .string(loss.name)
            case ("delta", let huber as Huber): return .double(Self.decimal(huber.delta))
            case ("fromLogits", let loss as BinaryCrossentropy): return .bool(loss.fromLogits)
            case ("fromLogits", let loss as CategoricalCrossentropy): return .bool(loss.fromLogits)
            case ("fromLogits", let loss as SparseCategoricalCrossentropy):
                return .bool(loss.fromLogits)
            default: return nil
            }
        }
        function("toCategorical", [.positional(), .labeled("classes", defaulted: true)]) { inv in
            let labels = try inv.data(0)
            let classes = try inv.optionalInt(1)
            return Self.box(
                try Self.tensorCall(inv) { try toCategorical(labels, classes: classes) })
        }
    }
}

extension Invocation {
    /// An optional Bool argument (`nil` when not given).
    func optionalBool(_ i: Int) throws -> Bool? {
        guard let v = value(i) else { return nil }
        if case .none = v { return nil }
        return try bool(i)
    }

    /// A weight penalty written `.l2(0.01)`, `.l1(0.001)`, `.l1l2(l1: 0.01, l2: 0.01)` or bare
    /// (`.l2`, Keras's default factor); nil when not given or `nil`.
    func regularizer(_ i: Int) throws -> Regularizer? {
        guard let v = value(i) else { return nil }
        let expected = "a regularizer (.l1(_:), .l2(_:), .l1l2(l1:l2:))"
        do {
            switch v {
            case .none: return nil
            case .symbol("l1"): return try Regularizer.l1()
            case .symbol("l2"): return try Regularizer.l2()
            case .symbol("l1l2"): return try Regularizer.l1l2()
            case .symbolCall(let name, let args, let labels):
                let numbers = try Self.floats(args, range(i))
                switch (name, labels) {
                case ("l1", [nil]): return try Regularizer.l1(numbers[0])
                case ("l2", [nil]): return try Regularizer.l2(numbers[0])
                case ("l1l2", ["l1", "l2"]):
                    return try Regularizer.l1l2(l1: numbers[0], l2: numbers[1])
                case ("l1l2", ["l1"]): return try Regularizer.l1l2(l1: numbers[0])
                case ("l1l2", ["l2"]): return try Regularizer.l1l2(l2: numbers[0])
                case ("l1", []): return try Regularizer.l1()
                case ("l2", []): return try Regularizer.l2()
                case ("l1l2", []): return try Regularizer.l1l2()
                default: break
                }
            default: break
            }
        } catch let e as TensorError {
            throw RuntimeError(e.description, at: range(i))
        }
        throw mismatch(i, expected: expected)
    }

    /// A weight constraint written `.maxNorm(1.0)`, `.maxNorm(1.0, axis: 0)` or `.maxNorm`
    /// (Keras's defaults); nil when not given or `nil`.
    func constraint(_ i: Int) throws -> Constraint? {
        guard let v = value(i) else { return nil }
        do {
            switch v {
            case .none: return nil
            case .symbol("maxNorm"): return try Constraint.maxNorm()
            case .symbolCall("maxNorm", let args, let labels):
                switch labels {
                case []: return try Constraint.maxNorm()
                case [nil]: return try Constraint.maxNorm(try Self.floats(args, range(i))[0])
                case [nil, "axis"]:
                    guard case .int(let axis) = args[1] else { break }
                    return try Constraint.maxNorm(
                        try Self.floats([args[0]], range(i))[0], axis: axis)
                case ["axis"]:
                    guard case .int(let axis) = args[0] else { break }
                    return try Constraint.maxNorm(axis: axis)
                default: break
                }
            default: break
            }
        } catch let e as TensorError {
            throw RuntimeError(e.description, at: range(i))
        }
        throw mismatch(i, expected: "a constraint (.maxNorm(_:axis:))")
    }

    /// Numbers of an implicit member's arguments as Floats.
    private static func floats(_ args: [Value], _ range: SourceRange) throws -> [Float] {
        try args.map { a in
            switch a {
            case .double(let d): return Float(d)
            case .int(let n): return Float(n)
            default: throw RuntimeError("expected a number, not '\(a.typeName)'", at: range)
            }
        }
    }
}
