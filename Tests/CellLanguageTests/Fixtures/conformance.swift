// Constructs of the conformance corpus, each printing what swiftc's build prints.
// User types print module-qualified in their debug form (inside collections, optionals,
// tuples, and as struct fields); a cell's module is `main`, as `swiftc main.swift` names it.
enum H { case a, b }
enum P { case x(Int), y(n: Int, s: String) }
struct Pt { var x = 1; var h = H.a }
class C { var v = 1 }
let maybe: H? = .b
print(H.a, [H.a], maybe as Any) // expect: a [main.H.a] Optional(main.H.b)
print([P.x(1), P.y(n: 2, s: "q")], P.y(n: 2, s: "q")) // expect: [main.P.x(1), main.P.y(n: 2, s: "q")] y(n: 2, s: "q")
print(Pt(), [Pt()]) // expect: Pt(x: 1, h: main.H.a) [main.Pt(x: 1, h: main.H.a)]
print(C(), [C()]) // expect: main.C [main.C]
print(["k": H.a], (H.a, 1), [[H.b]]) // expect: ["k": main.H.a] (main.H.a, 1) [[main.H.b]]
print("\(H.a) \([H.b])", Set([H.a])) // expect: a [main.H.b] [main.H.a]
print(String(describing: H.a), String(reflecting: H.a)) // expect: a main.H.a
debugPrint(H.a, "s") // expect: main.H.a "s"
// ---
// Custom operators: `infix operator` / `prefix operator` with a precedence group, implemented by
// global functions (overloaded by operand type; operands take no labels).
infix operator **: MultiplicationPrecedence
func ** (base: Int, exponent: Int) -> Int { (0..<exponent).reduce(1) { acc, _ in acc * base } }
func ** (base: Double, exponent: Int) -> Double { (0..<exponent).reduce(1.0) { acc, _ in acc * base } }
print(2 ** 10, 1.5 ** 2, 2 ** 3 * 2, 1 + 2 ** 2) // expect: 1024 2.25 16 5
precedencegroup ComposePrecedence { associativity: left higherThan: AdditionPrecedence }
infix operator >>>: ComposePrecedence
func >>> (f: @escaping (Int) -> Int, g: @escaping (Int) -> Int) -> (Int) -> Int { { g(f($0)) } }
let h = { $0 + 1 } >>> { $0 * 10 } >>> { $0 - 3 }
print(h(2)) // expect: 27
prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
print(√16.0 + 1) // expect: 5.0
// ---
// An operator declared in an earlier cell is known in later ones.
print(3 ** 4) // expect: 81
// ---
print(1 <=> 2) // expect error: unknown infix operator '<=>'
// ---
// A type's own operators: prefix `-`, and an integer literal operand of a Double parameter.
struct Vec: CustomStringConvertible {
    var x: Double, y: Double
    static func * (v: Vec, k: Double) -> Vec { Vec(x: v.x * k, y: v.y * k) }
    static func - (a: Vec, b: Vec) -> Vec { Vec(x: a.x - b.x, y: a.y - b.y) }
    static prefix func - (v: Vec) -> Vec { Vec(x: -v.x, y: -v.y) }
    var description: String { "(\(x), \(y))" }
}
let v = Vec(x: 3, y: 4)
print(v * 2, -v, v - Vec(x: 1, y: 1), -(v * 0.5)) // expect: (6.0, 8.0) (-3.0, -4.0) (2.0, 3.0) (-1.5, -2.0)
// ---
// Operators declared in extensions of built-in types, chosen by operand types.
extension String {
    static func * (lhs: String, rhs: Int) -> String { String(repeating: lhs, count: Swift.max(0, rhs)) }
    static func - (lhs: String, rhs: String) -> String { lhs.replacingOccurrences(of: rhs, with: "") }
    static prefix func ~ (s: String) -> String { String(s.reversed()) }
}
extension Array where Element == Int {
    static func + (lhs: [Int], rhs: Int) -> [Int] { lhs.map { $0 + rhs } }
}
print("ab" * 3, "banana" - "an", ~"stressed") // expect: ababab ba desserts
print([10, 20] + 5, [1] + [2], "a" + "b", 7 * 3) // expect: [15, 25] [1, 2] ab 21
// ---
extension String { static let greeting = "hi" } // expect error: static members in an extension of a protocol or built-in type is not supported
// ---
// A dictionary subscript's `default:` value takes the dictionary's value type.
var groups: [String: Set<Int>] = [:]
groups["even", default: []].insert(2)
groups["even", default: []].insert(2)
groups["even", default: []].insert(4)
print(groups["even"]!.sorted(), groups["odd", default: []].isEmpty) // expect: [2, 4] true
var totals: [String: Double] = [:]
totals["a", default: 0] += 1.5
print(totals) // expect: ["a": 1.5]
// ---
// A custom hash is used by Set and Dictionary, with the `==` synthesized over the stored
// properties when the type declares none.
struct Name: Hashable {
    let raw: String
    func hash(into hasher: inout Hasher) { hasher.combine(raw.lowercased()) }
}
print(Set([Name(raw: "a"), Name(raw: "A"), Name(raw: "a")]).count) // expect: 2
