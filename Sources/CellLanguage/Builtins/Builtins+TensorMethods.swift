import Diagnostics
import Tensors

extension BuiltinRegistry {
    /// Properties of a tensor value: `shape`, `rank`, `count`, `scalars`, `scalar`.
    static func tensorProperty(_ name: String, of value: Value) -> Value? {
        guard case .object(let o) = value, let t = (o as? TensorBox)?.tensor else { return nil }
        switch name {
        case "shape": return .array(t.shape.map { .int($0) })
        case "rank": return .int(t.rank)
        case "count": return .int(t.count)
        case "scalars": return .array(t.scalars.map { .double(Double($0)) })
        case "scalar": return t.scalar.map { .some(.double(Double($0))) } ?? Value.none
        default: return nil
        }
    }

    /// Arithmetic on tensors (NumPy broadcasting; numbers act as scalars) and tensor equality.
    func registerTensorOperators() {
        operatorHandlers.append { op, l, r, range in
            let lt = Self.asTensor(l), rt = Self.asTensor(r)
            guard let a = lt, let b = rt, Self.isTensor(l) || Self.isTensor(r) else { return nil }
            do {
                switch op {
                case .add: return Self.box(try a + b)
                case .subtract: return Self.box(try a - b)
                case .multiply: return Self.box(try a * b)
                case .divide: return Self.box(try a / b)
                case .equal: return .bool(a == b)
                case .notEqual: return .bool(a != b)
                case .greater: return Self.box(try a.greater(b))
                case .less: return Self.box(try a.less(b))
                case .greaterEqual: return Self.box(try a.greaterEqual(b))
                case .lessEqual: return Self.box(try a.lessEqual(b))
                default: return nil
                }
            } catch let e as TensorError {
                throw RuntimeError(e.description, at: range)
            }
        }
        func method(_ name: String, _ parameters: [BuiltinParameter] = [], _ body: @escaping (Tensor, inout Invocation) throws -> Value) {
            tensorMethods[name, default: []].append(Builtin(name, parameters) { inv in
                guard case .object(let o) = inv.receiver, let t = (o as? TensorBox)?.tensor else { return .void }
                return try Self.tensorCall(inv) { try body(t, &inv) }
            })
        }
        let unary: [(String, (Tensor) -> Tensor)] = [
            ("exp", { $0.exp() }), ("log", { $0.log() }), ("sqrt", { $0.sqrt() }), ("abs", { $0.abs() }),
            ("tanh", { $0.tanh() }), ("sigmoid", { $0.sigmoid() }), ("relu", { $0.relu() }), ("selu", { $0.selu() }),
            ("softplus", { $0.softplus() }), ("squared", { $0.squared() }),
        ]
        for (name, f) in unary { method(name) { t, _ in Self.box(f(t)) } }
        method("pow", [.positional()]) { t, inv in Self.box(t.pow(Float(try inv.double(0)))) }
        method("leakyRelu", [.labeled("alpha", defaulted: true)]) { t, inv in
            Self.box(t.leakyRelu(alpha: Float(inv.value(0) == nil ? 0.2 : try inv.double(0))))
        }
        method("elu", [.labeled("alpha", defaulted: true)]) { t, inv in
            Self.box(t.elu(alpha: Float(inv.value(0) == nil ? 1 : try inv.double(0))))
        }
        method("softmax", [.labeled("alongAxis", defaulted: true)]) { t, inv in
            Self.box(try t.softmax(alongAxis: try inv.optionalInt(0) ?? -1))
        }
        method("matmul", [.positional()]) { t, inv in Self.box(try t.matmul(try Self.tensor(inv, 0))) }
        method("transposed") { t, _ in Self.box(try t.transposed()) }
        method("reshaped", [.positional()]) { t, inv in Self.box(try t.reshaped(try inv.ints(0))) }
        method("clipped", [.labeled("min"), .labeled("max")]) { t, inv in
            Self.box(try t.clipped(min: Float(try inv.double(0)), max: Float(try inv.double(1))))
        }
        for name in ["sum", "mean", "variance", "standardDeviation"] {
            method(name, [.labeled("alongAxes", defaulted: true), .labeled("keepDims", defaulted: true)]) { t, inv in
                let axes = inv.value(0) == nil ? nil : try inv.ints(0)
                let keep = inv.value(1) == nil ? false : try inv.bool(1)
                switch name {
                case "sum": return Self.box(try t.sum(alongAxes: axes, keepDims: keep))
                case "mean": return Self.box(try t.mean(alongAxes: axes, keepDims: keep))
                case "variance": return Self.box(try t.variance(alongAxes: axes, keepDims: keep))
                default: return Self.box(try t.standardDeviation(alongAxes: axes, keepDims: keep))
                }
            }
        }
        for name in ["max", "min", "argmax", "argmin"] {
            method(name, [.labeled("alongAxis", defaulted: true), .labeled("keepDims", defaulted: true)]) { t, inv in
                let axis = try inv.optionalInt(0)
                let keep = inv.value(1) == nil ? false : try inv.bool(1)
                switch name {
                case "max": return Self.box(try t.max(alongAxis: axis, keepDims: keep))
                case "min": return Self.box(try t.min(alongAxis: axis, keepDims: keep))
                case "argmax": return Self.box(try t.argmax(alongAxis: axis, keepDims: keep))
                default: return Self.box(try t.argmin(alongAxis: axis, keepDims: keep))
                }
            }
        }
        method("row", [.positional()]) { t, inv in Self.box(try t.row(try inv.int(0))) }
        method("rows", [.positional()]) { t, inv in
            // `x.rows(0..<1000)` and `x.rows(0...9)`: a block of rows, bounds checked.
            guard case .range(let lo, let hi)? = inv.value(0), lo <= hi else { throw inv.mismatch(0, expected: "Range<Int>") }
            return Self.box(try t.rows(lo..<hi))
        }
        method("gathering", [.labeled("rows")]) { t, inv in Self.box(try t.gathering(rows: try inv.ints(0))) }
        method("element", [.labeled("at")]) { t, inv in .double(Double(try t.element(at: try inv.ints(0)))) }
    }

    static func isTensor(_ v: Value) -> Bool {
        if case .object(let o) = v { return o is TensorBox }
        return false
    }

    static func asTensor(_ v: Value) -> Tensor? {
        switch v {
        case .object(let o): return (o as? TensorBox)?.tensor
        case .double(let d): return Tensor(Float(d))
        case .int(let n): return Tensor(Float(n))
        default: return nil
        }
    }
}
