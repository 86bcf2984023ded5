import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// The tensor API of `Tensors`, with its names and labels: creation, element-wise arithmetic
    /// with broadcasting (operators), `matmul`, reductions, shape operations, activations and
    /// `gradients(of:wrt:)`. Doubles become Float32 scalars, as the engine computes in Float32.
    func registerTensors() {
        let fromValues = Builtin("Tensor", [.positional()], Self.makeTensor)
        let withShape = Builtin("Tensor", [.labeled("shape"), .labeled("scalars")], Self.makeShapedTensor)
        let repeating = Builtin("Tensor", [.labeled("shape"), .labeled("repeating")], Self.makeRepeatingTensor)
        types["Tensor"] = BuiltinType("Tensor", initializers: [fromValues, withShape, repeating], staticMembers: tensorStatics())
        registerTensorOperators()
        let methods = tensorMethods
        objectMethods.append { value in
            guard case .object(let o) = value, o is TensorBox else { return [:] }
            return methods
        }
        function("matmul", [.positional(), .positional()], Self.matmulBuiltin)
        function("gradients", [.labeled("of"), .labeled("wrt")], Self.gradientsBuiltin)
    }

    private static func makeTensor(_ inv: inout Invocation) throws -> Value {
        switch inv.value(0) {
        case .double(let d)?: return box(Tensor(Float(d)))
        case .int(let n)?: return box(Tensor(Float(n)))
        case .array(let items)? where items.contains(where: isArray):
            let rows: [[Float]] = try inv.matrix(0).map { row in row.map { Float($0) } }
            return try tensorCall(inv) { box(try Tensor(rows)) }
        default:
            let scalars: [Float] = try inv.doubles(0).map { Float($0) }
            return box(Tensor(scalars))
        }
    }

    private static func isArray(_ v: Value) -> Bool {
        if case .array = v { return true }
        return false
    }

    private static func makeShapedTensor(_ inv: inout Invocation) throws -> Value {
        let shape = try inv.ints(0)
        let scalars: [Float] = try inv.doubles(1).map { Float($0) }
        return try tensorCall(inv) { box(try Tensor(shape: shape, scalars: scalars)) }
    }

    private static func makeRepeatingTensor(_ inv: inout Invocation) throws -> Value {
        let shape = try inv.ints(0)
        let value = Float(try inv.double(1))
        return try tensorCall(inv) { box(try Tensor(shape: shape, repeating: value)) }
    }

    private static func matmulBuiltin(_ inv: inout Invocation) throws -> Value {
        let a = try tensor(inv, 0), b = try tensor(inv, 1)
        return try tensorCall(inv) { box(try matmul(a, b)) }
    }

    /// `gradients(of: { params in loss }, wrt: [w, b])`: the closure gets the tracked tensors.
    private static func gradientsBuiltin(_ inv: inout Invocation) throws -> Value {
        let f = try inv.function(0)
        var parameters: [Tensor] = []
        for v in try inv.array(1) {
            switch v {
            case .object(let b as TensorBox): parameters.append(b.tensor)
            case .object(let b as VariableBox): parameters.append(b.variable.value)
            default: throw inv.mismatch(1, expected: "[Tensor]")
            }
        }
        let interpreter = inv.interpreter, callRange = inv.callRange, closureRange = inv.range(0)
        let objective: ([Tensor]) throws -> Tensor = { tracked in
            let boxed: [Value] = tracked.map { box($0) }
            let result = try interpreter.callClosure(f, [.array(boxed)], range: callRange)
            guard case .object(let o) = result, let b = o as? TensorBox else {
                throw RuntimeError("the closure must return a Tensor, not '\(result.typeName)'", at: closureRange)
            }
            return b.tensor
        }
        let grads: [Tensor] = try tensorCall(inv) { try gradients(of: objective, wrt: parameters) }
        return .array(grads.map { box($0) })
    }

    static func box(_ t: Tensor) -> Value { .object(TensorBox(t)) }

    static func tensor(_ inv: Invocation, _ i: Int) throws -> Tensor {
        switch inv.value(i) {
        case .object(let o as TensorBox)?: return o.tensor
        case .object(let o as VariableBox)?: return o.variable.value
        case .double(let d)?: return Tensor(Float(d))
        case .int(let n)?: return Tensor(Float(n))
        default: throw inv.mismatch(i, expected: "Tensor")
        }
    }

    /// Runs engine code; its shape errors become located cell errors.
    static func tensorCall<T>(_ inv: Invocation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as RuntimeError {
            throw e
        } catch let e as TensorError {
            // The engine throws these in Swift, so `catch` catches them.
            throw RuntimeError(e.description, at: inv.callRange, thrown: .string(e.description))
        } catch {
            throw RuntimeError("\(error)", at: inv.callRange, thrown: .string("\(error)"))
        }
    }

    private func tensorStatics() -> [String: Value] {
        func fn(_ name: String, _ parameters: [BuiltinParameter], _ body: @escaping (inout Invocation) throws -> Value) -> Value {
            .function(Function(.builtin([Builtin(name, parameters, body)]), name: name))
        }
        return [
            "zeros": fn("zeros", [.positional()]) { inv in try Self.tensorCall(inv) { Self.box(try Tensor.zeros(try inv.ints(0))) } },
            "ones": fn("ones", [.positional()]) { inv in try Self.tensorCall(inv) { Self.box(try Tensor.ones(try inv.ints(0))) } },
            "full": fn("full", [.positional(), .labeled("value")]) { inv in
                try Self.tensorCall(inv) { Self.box(try Tensor.full(try inv.ints(0), value: Float(try inv.double(1)))) }
            },
            "eye": fn("eye", [.positional()]) { inv in try Self.tensorCall(inv) { Self.box(try Tensor.eye(try inv.int(0))) } },
            "linspace": fn("linspace", [.positional(), .positional(), .labeled("count")]) { inv in
                try Self.tensorCall(inv) {
                    Self.box(try Tensor.linspace(Float(try inv.double(0)), Float(try inv.double(1)), count: try inv.int(2)))
                }
            },
            "oneHot": fn("oneHot", [.positional(), .labeled("classes")]) { inv in
                if case .object(let labels as TensorBox)? = inv.value(0) {
                    let classes = try inv.int(1)
                    return try Self.tensorCall(inv) { Self.box(try toCategorical(labels.tensor, classes: classes)) }
                }
                return try Self.tensorCall(inv) { Self.box(try Tensor.oneHot(try inv.ints(0), classes: try inv.int(1))) }
            },
            "randomNormal": fn("randomNormal", [.positional(), .labeled("mean", defaulted: true), .labeled("standardDeviation", defaulted: true)]) { inv in
                let mean = Float(inv.value(1) == nil ? 0 : try inv.double(1))
                let sd = Float(inv.value(2) == nil ? 1 : try inv.double(2))
                let shape = try inv.ints(0)
                return try Self.tensorCall(inv) {
                    Self.box(try Tensor.randomNormal(shape, mean: mean, standardDeviation: sd, using: &inv.interpreter.registry.tensorRandom))
                }
            },
            "randomUniform": fn("randomUniform", [.positional(), .labeled("lower", defaulted: true), .labeled("upper", defaulted: true)]) { inv in
                let lower = Float(inv.value(1) == nil ? 0 : try inv.double(1))
                let upper = Float(inv.value(2) == nil ? 1 : try inv.double(2))
                let shape = try inv.ints(0)
                return try Self.tensorCall(inv) {
                    Self.box(try Tensor.randomUniform(shape, lower: lower, upper: upper, using: &inv.interpreter.registry.tensorRandom))
                }
            },
        ]
    }
}
