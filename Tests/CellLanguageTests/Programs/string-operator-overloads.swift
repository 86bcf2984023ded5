// features: operators, extension-builtin, overloading, custom-operators, strings, arrays
import Foundation
extension String {
    static func * (lhs: String, rhs: Int) -> String {
        String(repeating: lhs, count: Swift.max(0, rhs))
    }

    static func - (lhs: String, rhs: String) -> String {
        lhs.replacingOccurrences(of: rhs, with: "")
    }

    static prefix func ~ (s: String) -> String {
        String(s.reversed())
    }
}

extension Array where Element == Int {
    static func * (lhs: [Int], rhs: Int) -> [Int] { lhs.map { $0 * rhs } }
    static func + (lhs: [Int], rhs: Int) -> [Int] { lhs.map { $0 + rhs } }
}

infix operator **: MultiplicationPrecedence
func ** (base: Int, exponent: Int) -> Int {
    (0..<exponent).reduce(1) { acc, _ in acc * base }
}
func ** (base: Double, exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { acc, _ in acc * base }
}

infix operator <>: AdditionPrecedence
func <> (lhs: String, rhs: String) -> String { lhs.isEmpty ? rhs : rhs.isEmpty ? lhs : lhs + " " + rhs }

print("ab" * 3, "-" * 10, "x" * 0 == "")
print("banana" - "an", "mississippi" - "ss")
print(~"stressed")
print([1, 2, 3] * 4, [10, 20] + 5)
print(2 ** 10, 3 ** 4, 1.5 ** 2)
print(2 ** 3 * 2, 1 + 2 ** 2)
print("hello" <> "" <> "world" <> "again")
let rule = "=" * 12
print(rule)
print(["a", "b"].map { $0 * 2 })
