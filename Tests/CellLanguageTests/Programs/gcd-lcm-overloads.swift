// features: overloading, extension-builtin, recursion, variadic, higher-order, tuples
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
func gcd(_ numbers: [Int]) -> Int { numbers.reduce(0, gcd) }
func gcd(_ first: Int, _ second: Int, _ rest: Int...) -> Int { gcd([first, second] + rest) }

func lcm(_ a: Int, _ b: Int) -> Int { a == 0 || b == 0 ? 0 : abs(a / gcd(a, b) * b) }
func lcm(_ numbers: [Int]) -> Int { numbers.reduce(1, lcm) }

func extendedGCD(_ a: Int, _ b: Int) -> (g: Int, x: Int, y: Int) {
    if b == 0 { return (a, 1, 0) }
    let (g, x, y) = extendedGCD(b, a % b)
    return (g, y, x - (a / b) * y)
}

extension Int {
    func isCoprime(with other: Int) -> Bool { gcd(self, other) == 1 }
    var totient: Int { (1...Swift.max(self, 1)).filter { $0.isCoprime(with: self) }.count }
}

func sum(_ values: Int...) -> Int { values.reduce(0, +) }
func sum(_ values: Double...) -> Double { values.reduce(0, +) }
func average(_ values: Double...) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(gcd([24, 36, 60]), gcd(12, 18, 30, 42))
print(lcm(4, 6), lcm([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
let e = extendedGCD(240, 46)
print(e, 240 * e.x + 46 * e.y == e.g)
print((1...12).map(\.totient))
print(9.isCoprime(with: 28), 9.isCoprime(with: 12))
print(sum(1, 2, 3), sum(1.5, 2.5), sum(4), average(1, 2, 3, 4), average())
