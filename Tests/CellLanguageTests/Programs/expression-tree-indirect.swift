// features: indirect-enum, enum-associated, recursion, switch-patterns, custom-string, if-case
indirect enum Expr {
    case number(Double)
    case variable(String)
    case add(Expr, Expr)
    case multiply(Expr, Expr)
    case negate(Expr)
}

extension Expr: CustomStringConvertible {
    var description: String {
        switch self {
        case .number(let n): return "\(n)"
        case .variable(let name): return name
        case let .add(a, b): return "(\(a) + \(b))"
        case let .multiply(a, b): return "\(a) * \(b)"
        case .negate(let e): return "-\(e)"
        }
    }
}

func evaluate(_ e: Expr, with env: [String: Double]) -> Double? {
    switch e {
    case .number(let n):
        return n
    case .variable(let name):
        return env[name]
    case let .add(a, b):
        guard let x = evaluate(a, with: env), let y = evaluate(b, with: env) else { return nil }
        return x + y
    case let .multiply(a, b):
        guard let x = evaluate(a, with: env), let y = evaluate(b, with: env) else { return nil }
        return x * y
    case .negate(let inner):
        return evaluate(inner, with: env).map { -$0 }
    }
}

func simplify(_ e: Expr) -> Expr {
    switch e {
    case .add(.number(0), let x), .add(let x, .number(0)):
        return simplify(x)
    case .multiply(.number(1), let x), .multiply(let x, .number(1)):
        return simplify(x)
    case .multiply(.number(0), _), .multiply(_, .number(0)):
        return .number(0)
    case let .add(a, b):
        return .add(simplify(a), simplify(b))
    case let .multiply(a, b):
        return .multiply(simplify(a), simplify(b))
    case .negate(.negate(let x)):
        return simplify(x)
    default:
        return e
    }
}

let x = Expr.variable("x")
let expr = Expr.add(.multiply(.number(3), x), .negate(.number(2)))
print(expr)
print(evaluate(expr, with: ["x": 4]) ?? .nan)
print(evaluate(expr, with: [:]) == nil)
let messy = Expr.add(.multiply(.number(1), .add(x, .number(0))), .multiply(.variable("y"), .number(0)))
print(messy, "=>", simplify(messy))
print(simplify(.negate(.negate(x))))
if case .add(let left, _) = expr, case .multiply(.number(let k), _) = left {
    print("coefficient", k)
}
