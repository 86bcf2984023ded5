func greet(person: String, from hometown: String) -> String {
    "Hello \(person) from \(hometown)"
}
print(greet(person: "Ann", from: "Oslo")) // expect: Hello Ann from Oslo
func square(_ x: Int) -> Int { return x * x }
print(square(7)) // expect: 49
func sayHi() { print("hi") }
sayHi() // expect: hi
func nothing() -> Void {}
func add(_ a: Double, _ b: Double = 1, scale: Double = 1) -> Double { (a + b) * scale }
print(add(1), add(1, 2), add(1, scale: 10), add(1, 2, scale: 2)) // expect: 2.0 3.0 20.0 6.0
print(add(2, 3)) // expect: 5.0
// ---
func sum(_ values: Int...) -> Int {
    var total = 0
    for v in values { total += v }
    return total
}
print(sum(), sum(1), sum(1, 2, 3)) // expect: 0 1 6
func mean(of values: Double...) -> Double { values.reduce(0) { $0 + $1 } / Double(values.count) }
print(mean(of: 1.5, 2.5)) // expect: 2.0
func showAll(_ v: Double...) { print(v) }
func tagged(_ tag: String, _ values: Int..., separator: String = ",") -> String {
    tag + ":" + values.map { String($0) }.joined(separator: separator)
}
print(tagged("t", 1, 2), tagged("u", 3, 4, separator: "-")) // expect: t:1,2 u:3-4
// ---
func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
print(factorial(5), fib(15)) // expect: 120 610
func countDown(_ n: Int) -> [Int] { n < 0 ? [] : [n] + countDown(n - 1) }
print(countDown(3)) // expect: [3, 2, 1, 0]
// ---
func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(isEven(10), isOdd(7)) // expect: true true
// ---
func outer(_ x: Int) -> Int {
    func helper(_ y: Int) -> Int { y * 10 }
    let base = 1
    func addBase(_ y: Int) -> Int { y + base + x }
    return addBase(helper(x))
}
print(outer(2)) // expect: 23
func makeCounter() -> () -> Int {
    var count = 0
    func increment() -> Int {
        count += 1
        return count
    }
    return increment
}
let counter = makeCounter()
print(counter(), counter(), counter()) // expect: 1 2 3
let otherCounter = makeCounter()
print(otherCounter(), counter()) // expect: 1 4
// ---
func double(_ x: Int) -> Int { x * 2 }
let f = double
print(f(4)) // expect: 8
let g: (Int) -> Int = square
print(g(3)) // expect: 9
func apply(_ fn: (Int) -> Int, to x: Int) -> Int { fn(x) }
print(apply(double, to: 5), apply(square, to: 5)) // expect: 10 25
func compose(_ a: @escaping (Int) -> Int, _ b: @escaping (Int) -> Int) -> (Int) -> Int { { b(a($0)) } }
print(compose(double, square)(3)) // expect: 36
let ops: [(Int) -> Int] = [double, square]
print(ops.map { $0(4) }) // expect: [8, 16]
print([1, 2, 3].map(double)) // expect: [2, 4, 6]
func chooser(_ up: Bool) -> (Int) -> Int {
    if up { return double }
    return square
}
print(chooser(true)(6), chooser(false)(6)) // expect: 12 36
let table: [String: (Double, Double) -> Double] = ["add": { $0 + $1 }, "mul": { $0 * $1 }]
// ---
func minMax(_ xs: [Int]) -> (min: Int, max: Int)? {
    guard var lo = xs.first, var hi = xs.first else { return nil }
    for x in xs {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
if let bounds = minMax([3, -1, 8]) { print(bounds.0, bounds.1) } // expect: -1 8
func swapped(_ p: (Int, Int)) -> (Int, Int) { (p.1, p.0) }
print(swapped((1, 2))) // expect: (2, 1)
func overload(_ x: Int) -> String { "Int \(x)" }
