// features: throws, do-catch, try-optional, try-force, defer, rethrows
import Foundation

struct ParseError: Error {
    let line: Int
    let message: String
}
enum MathError: Error {
    case divisionByZero
    case negative(Double)
}
func parse(_ text: String, line: Int) throws -> Int {
    guard let n = Int(text) else { throw ParseError(line: line, message: "not a number: \(text)") }
    return n
}
func safeSqrt(_ x: Double) throws -> Double {
    if x < 0 { throw MathError.negative(x) }
    return x.squareRoot()
}
func divide(_ a: Int, _ b: Int) throws -> Int {
    if b == 0 { throw MathError.divisionByZero }
    return a / b
}
let inputs = ["12", "7", "x", "3"]
var total = 0
for (i, s) in inputs.enumerated() {
    do {
        total += try parse(s, line: i + 1)
    } catch let e as ParseError {
        print("line \(e.line): \(e.message)")
    }
}
print("total", total)
do {
    print(try safeSqrt(16))
    print(try safeSqrt(-4))
    print("not reached")
} catch MathError.negative(let v) where v < -3 {
    print("very negative", v)
} catch {
    print("other", error)
}
do {
    _ = try divide(1, 0)
} catch is MathError {
    print("a math error")
}
func tryAll() {
    defer { print("done trying") }
    if let r = try? divide(10, 2) { print("ok", r) }
    let bad = try? divide(1, 0)
    print(bad == nil)
    print((try? parse("5", line: 0)) ?? -1)
}
tryAll()
func compute(_ values: [Int]) throws -> [Int] {
    try values.map { v in
        if v < 0 { throw MathError.negative(Double(v)) }
        return v * 2
    }
}
do {
    print(try compute([1, 2]))
    print(try compute([1, -2]))
} catch {
    print("caught \(error)")
}
func counter() -> Int {
    var n = 0
    defer { n += 100; print("defer sees", n) }
    n = 5
    return n
}
print(counter())
let value = try! divide(9, 3)
print(value)
do {
    try divide(1, 0)
} catch MathError.divisionByZero {
    print("zero")
} catch {
    print("unexpected")
}
