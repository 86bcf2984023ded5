// features: protocols, operators, custom-string, equatable, comparable
import Foundation

protocol Shape {
    var name: String { get }
    func area() -> Double
}
extension Shape {
    func summary() -> String { "\(name) with area \(area())" }
}
struct Square: Shape {
    let side: Double
    var name: String { "square" }
    func area() -> Double { side * side }
}
struct Circle: Shape {
    let radius: Double
    var name: String { "circle" }
    func area() -> Double { 3.0 * radius * radius }
}
let shapes: [Shape] = [Square(side: 2), Circle(radius: 1)]
for s in shapes { print(s.summary()) }
let total = shapes.map { $0.area() }.reduce(0, +)
print("total", total)
struct Vector: Equatable, CustomStringConvertible {
    var x: Double
    var y: Double
    static func + (a: Vector, b: Vector) -> Vector { Vector(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vector) -> Vector { Vector(x: k * v.x, y: k * v.y) }
    var length: Double { (x * x + y * y).squareRoot() }
    var description: String { "<\(x), \(y)>" }
}
let v = Vector(x: 3, y: 4) + Vector(x: 1, y: 1)
print(v, v.length, 2.0 * v, v == Vector(x: 4, y: 5), v != Vector(x: 4, y: 5))
print([Vector(x: 1, y: 2)])
print("vector: \(v)")
struct Card: Comparable, CustomStringConvertible {
    let rank: Int
    let suit: String
    static func < (a: Card, b: Card) -> Bool { a.rank < b.rank }
    var description: String { "\(rank)\(suit)" }
}
let hand = [Card(rank: 10, suit: "h"), Card(rank: 2, suit: "s"), Card(rank: 7, suit: "d")]
print(hand.sorted(), hand.max()!, hand.min()!)
print(Card(rank: 3, suit: "c") > Card(rank: 2, suit: "c"), Card(rank: 3, suit: "c") <= Card(rank: 2, suit: "c"))
extension Vector {
    static let zero = Vector(x: 0, y: 0)
    func scaled(by k: Double) -> Vector { Vector(x: x * k, y: y * k) }
}
print(Vector.zero, v.scaled(by: 0.5))
extension String {
    var shouted: String { uppercased() + "!" }
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
}
print("hey".shouted, "ab".repeated(3))
extension Array {
    var second: Element? { count > 1 ? self[1] : nil }
}
print([5, 6, 7].second!, [1].second == nil)
extension Double {
    func rounded(to places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
    }
}
print(3.14159.rounded(to: 2))
protocol Animal { var sound: String { get } }
extension Animal { func speak() -> String { "says \(sound)" } }
class Dog: Animal {
    var sound: String { "woof" }
}
class Puppy: Dog {
    override var sound: String { "yip" }
}
print(Dog().speak(), Puppy().speak())
