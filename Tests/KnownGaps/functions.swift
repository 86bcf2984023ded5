func greet(person: String, from hometown: String) -> String {
    "Hello \(person) from \(hometown)"
}
func square(_ x: Int) -> Int { return x * x }
func sayHi() { print("hi") }
func nothing() -> Void {}
print(nothing() == ()) // expect: true
func add(_ a: Double, _ b: Double = 1, scale: Double = 1) -> Double { (a + b) * scale }
// ---
func double(_ x: Int) -> Int { x * 2 }
let f = double
let g: (Int) -> Int = square
func apply(_ fn: (Int) -> Int, to x: Int) -> Int { fn(x) }
func compose(_ a: @escaping (Int) -> Int, _ b: @escaping (Int) -> Int) -> (Int) -> Int { { b(a($0)) } }
let ops: [(Int) -> Int] = [double, square]
func chooser(_ up: Bool) -> (Int) -> Int {
    if up { return double }
    return square
}
let table: [String: (Double, Double) -> Double] = ["add": { $0 + $1 }, "mul": { $0 * $1 }]
print(table["mul"]!(3, 4)) // expect: 12.0
// ---
func labels(_ a: Int, b: Int) -> Int { a - b }
print(labels(5, b: 3)) // expect: 2
print(labels(a: 5, b: 3)) // expect error:13: extraneous argument label 'a:' in call
// ---
func needsInt(_ x: Int) -> Int { x }
print(needsInt(2.5)) // expect error:16: cannot convert value of type 'Double' to expected argument type 'Int'
// ---
func returnsInt() -> Int {
    return "text" // expect error:12: cannot convert return expression of type 'String' to return type 'Int'
}
// ---
func missingReturn(_ x: Int) -> Int {
    if x > 0 { return 1 }
} // expect error:1: missing return in global function expected to return 'Int'
