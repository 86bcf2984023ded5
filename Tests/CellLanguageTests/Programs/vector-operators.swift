// features: operators, structs, equatable, custom-string, extensions, literals-typing, static-members
import Foundation

struct Vector2D: Equatable, CustomStringConvertible {
    var x: Double
    var y: Double

    static let zero = Vector2D(x: 0, y: 0)

    static func + (a: Vector2D, b: Vector2D) -> Vector2D { Vector2D(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vector2D, b: Vector2D) -> Vector2D { Vector2D(x: a.x - b.x, y: a.y - b.y) }
    static func * (v: Vector2D, k: Double) -> Vector2D { Vector2D(x: v.x * k, y: v.y * k) }
    static prefix func - (v: Vector2D) -> Vector2D { Vector2D(x: -v.x, y: -v.y) }
    static func += (a: inout Vector2D, b: Vector2D) { a = a + b }

    var length: Double { (x * x + y * y).squareRoot() }
    var description: String { "(\(x), \(y))" }

    func dot(_ other: Vector2D) -> Double { x * other.x + y * other.y }
}

infix operator •: MultiplicationPrecedence
func • (a: Vector2D, b: Vector2D) -> Double { a.dot(b) }

let a = Vector2D(x: 3, y: 4)
let b = Vector2D(x: 1, y: -2)
print(a + b, a - b, a * 2, -a)
print(a.length, a • b)
var position = Vector2D.zero
let velocity = Vector2D(x: 0.5, y: 1)
for _ in 1...4 {
    position += velocity
}
print(position)
print(position == Vector2D(x: 2, y: 4))
let path = [a, b, Vector2D(x: -1, y: 0)]
let total = path.reduce(Vector2D.zero, +)
print(total)
let lengths = path.map(\.length).map { ($0 * 100).rounded() / 100 }
print(lengths)
