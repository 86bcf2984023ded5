// features: recursion, inout, arrays, tuples, closures, generics
func factorial(_ n: Int) -> Int {
    n <= 1 ? 1 : n * factorial(n - 1)
}

func fibonacci(_ n: Int, memo: inout [Int: Int]) -> Int {
    if n < 2 { return n }
    if let known = memo[n] { return known }
    let value = fibonacci(n - 1, memo: &memo) + fibonacci(n - 2, memo: &memo)
    memo[n] = value
    return value
}

func hanoi(_ n: Int, from: String, to: String, via: String, moves: inout [(String, String)]) {
    guard n > 0 else { return }
    hanoi(n - 1, from: from, to: via, via: to, moves: &moves)
    moves.append((from, to))
    hanoi(n - 1, from: via, to: to, via: from, moves: &moves)
}

func permutations<T>(_ items: [T]) -> [[T]] {
    if items.count <= 1 { return [items] }
    var result: [[T]] = []
    for (i, item) in items.enumerated() {
        var rest = items
        rest.remove(at: i)
        for p in permutations(rest) {
            result.append([item] + p)
        }
    }
    return result
}

func power(_ base: Int, _ exponent: Int) -> Int {
    if exponent == 0 { return 1 }
    let half = power(base, exponent / 2)
    return exponent % 2 == 0 ? half * half : half * half * base
}

func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcd(b, a % b)
}

print((0...10).map(factorial))
var memo: [Int: Int] = [:]
print(fibonacci(50, memo: &memo))
print("memo size:", memo.count)

var moves: [(String, String)] = []
hanoi(3, from: "A", to: "C", via: "B", moves: &moves)
print("Hanoi moves:", moves.count)
print(moves.map { "\($0.0)->\($0.1)" }.joined(separator: " "))

let perms = permutations(["a", "b", "c"])
print(perms.map { $0.joined() })
print(power(2, 10), power(3, 5))
print(gcd(1071, 462), gcd(17, 5))
