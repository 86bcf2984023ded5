// features: fallthrough, switch-patterns, tuples, closures, string-building, where-clause
func fizzBuzz(_ n: Int) -> String {
    switch (n % 3, n % 5) {
    case (0, 0): return "FizzBuzz"
    case (0, _): return "Fizz"
    case (_, 0): return "Buzz"
    default: return String(n)
    }
}
print((1...15).map(fizzBuzz).joined(separator: " "))

func describe(_ number: Int) -> String {
    var description = "The number \(number) is"
    switch number {
    case 2, 3, 5, 7, 11, 13, 17, 19:
        description += " a prime number, and also"
        fallthrough
    default:
        description += " an integer."
    }
    return description
}
print(describe(5))
print(describe(8))

func privileges(for level: Int) -> [String] {
    var granted: [String] = []
    switch level {
    case 3:
        granted.append("admin")
        fallthrough
    case 2:
        granted.append("write")
        fallthrough
    case 1:
        granted.append("read")
    default:
        granted.append("none")
    }
    return granted
}
for level in 0...3 {
    print(level, privileges(for: level))
}

func classify(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0): return "origin"
    case (let x, 0): return "on the x-axis at \(x)"
    case (0, let y): return "on the y-axis at \(y)"
    case let (x, y) where x == y: return "on the diagonal"
    case let (x, y) where x == -y: return "on the anti-diagonal"
    case (-2...2, -2...2): return "near the origin"
    default: return "far away"
    }
}
for p in [(0, 0), (3, 0), (0, -4), (2, 2), (-1, 1), (1, -2), (9, 5)] {
    print(p, classify(p))
}
