// features: generics, generic-constraints, closures, escaping, hashable, recursion, dictionaries
func memoize<Input: Hashable, Output>(_ function: @escaping (Input) -> Output) -> (Input) -> Output {
    var cache: [Input: Output] = [:]
    return { input in
        if let cached = cache[input] { return cached }
        let result = function(input)
        cache[input] = result
        return result
    }
}

func memoizedRecursive<Input: Hashable, Output>(
    _ body: @escaping ((Input) -> Output, Input) -> Output
) -> (Input) -> Output {
    var cache: [Input: Output] = [:]
    func wrapper(_ input: Input) -> Output {
        if let cached = cache[input] { return cached }
        let result = body(wrapper, input)
        cache[input] = result
        return result
    }
    return wrapper
}

var calls = 0
let slowLength = memoize { (s: String) -> Int in
    calls += 1
    return s.count
}
print(slowLength("hello"), slowLength("hello"), slowLength("hi"), calls)

let fib = memoizedRecursive { (fib: (Int) -> Int, n: Int) -> Int in
    n < 2 ? n : fib(n - 1) + fib(n - 2)
}
print(fib(80))

let gridPaths = memoizedRecursive { (paths: (Pair) -> Int, p: Pair) -> Int in
    if p.a == 0 || p.b == 0 { return 1 }
    return paths(Pair(a: p.a - 1, b: p.b)) + paths(Pair(a: p.a, b: p.b - 1))
}
struct Pair: Hashable { let a: Int, b: Int }
print(gridPaths(Pair(a: 10, b: 10)))

let partitions = memoizedRecursive { (p: (Pair) -> Int, key: Pair) -> Int in
    let (n, k) = (key.a, key.b)
    if n == 0 { return 1 }
    if n < 0 || k == 0 { return 0 }
    return p(Pair(a: n - k, b: k)) + p(Pair(a: n, b: k - 1))
}
print((1...10).map { partitions(Pair(a: $0, b: $0)) })
