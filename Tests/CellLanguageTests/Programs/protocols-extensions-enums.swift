// features: protocols, protocol-extensions, extensions, enum-raw
enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case square(Double)
}
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return 3.0 * r * r
    case let .rectangle(w, h): return w * h
    case .square(let side): return side * side
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rectangle(width: 2, height: 3), .square(4)]
for s in shapes { print(area(s)) }
if case .square(let side) = shapes[2] { print("square", side) }
enum Direction: String, CaseIterable {
    case north, south, east, west
}
print(Direction.allCases.count, Direction.north.rawValue, Direction(rawValue: "east") == .east)
protocol Describable {
    var name: String { get }
    func describe() -> String
}
extension Describable {
    func describe() -> String { "I am \(name)" }
}
struct Dog: Describable { let name: String }
struct Cat: Describable {
    let name: String
    func describe() -> String { "Meow, \(name)" }
}
let pets: [Describable] = [Dog(name: "Rex"), Cat(name: "Tom")]
for p in pets { print(p.describe()) }
extension Int {
    var squared: Int { self * self }
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
}
print(5.squared)
3.times { print("hi") }
struct Point: Equatable, CustomStringConvertible {
    var x: Int, y: Int
    var description: String { "(\(x), \(y))" }
}
print(Point(x: 1, y: 2) == Point(x: 1, y: 2), Point(x: 3, y: 4))
