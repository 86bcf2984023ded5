// features: generics, enum-associated, generic-types, extensions, where-clause, switch-patterns, closures
struct Pair<First, Second> {
    var first: First
    var second: Second

    func swapped() -> Pair<Second, First> { Pair<Second, First>(first: second, second: first) }
    func mapFirst<T>(_ transform: (First) -> T) -> Pair<T, Second> {
        Pair<T, Second>(first: transform(first), second: second)
    }
}

extension Pair where First == Second, First: Comparable {
    var ordered: Pair { first <= second ? self : swapped() }
}

extension Pair: CustomStringConvertible {
    var description: String { "<\(first), \(second)>" }
}

enum Outcome<Value> {
    case success(Value)
    case failure(String)

    func map<T>(_ transform: (Value) -> T) -> Outcome<T> {
        switch self {
        case .success(let v): return .success(transform(v))
        case .failure(let m): return .failure(m)
        }
    }

    var value: Value? {
        if case .success(let v) = self { return v }
        return nil
    }
}

func safeDivide(_ a: Int, _ b: Int) -> Outcome<Int> {
    b == 0 ? .failure("division by zero") : .success(a / b)
}

let p = Pair(first: 3, second: "three")
print(p, p.swapped(), p.mapFirst { $0 * 2 })
print(Pair(first: 9, second: 2).ordered, Pair(first: "a", second: "b").ordered)
for (a, b) in [(10, 2), (7, 0), (9, 4)] {
    switch safeDivide(a, b).map({ "result \($0)" }) {
    case .success(let text): print(text)
    case .failure(let message): print("failed: \(message)")
    }
}
print(safeDivide(8, 2).value ?? -1, safeDivide(1, 0).value ?? -1)

let r: Result<Int, Error> = .success(5)
switch r {
case .success(let n): print("Result ok", n)
case .failure: print("Result failed")
}
