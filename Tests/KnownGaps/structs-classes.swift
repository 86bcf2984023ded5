struct Vector {
    var x: Double
    var y: Double
    init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
    init(angle: Double) {
        self.init(x: cos(angle), y: sin(angle))
    }
    init() {
        x = 0
        y = 0
    }
    func length() -> Double { (x * x + y * y).squareRoot() }
    func dot(_ other: Vector) -> Double { x * other.x + y * other.y }
    func plus(_ other: Vector) -> Vector { Vector(x: x + other.x, y: y + other.y) }
    func scaled(by k: Double) -> Vector { Vector(x: k * x, y: k * y) }
    mutating func normalize() {
        let l = length()
        x /= l
        y /= l
    }
    mutating func reset() { self = Vector() }
    func describe() -> String { "(\(x), \(y)) of length \(length())" }
}
var v = Vector(x: 3, y: 4)
print(Vector().y) // expect: 0.0
print(Vector(angle: 0).x) // expect: 1.0
v.normalize()
v.reset()
print(v) // expect: Vector(x: 0.0, y: 0.0)
let fixedVector = Vector(x: 1, y: 1)
func moved(_ vec: Vector) -> Vector {
    var copy = vec
    copy.x += 1
    return copy
}
// ---
struct Frozen { var x = 0 }
let frozen = Frozen()
frozen.x = 1 // expect error:8: cannot assign to property: 'frozen' is a 'let' constant
// ---
struct Mover {
    var x = 0
    mutating func move() { x += 1 }
}
let mover = Mover()
mover.move() // expect error:7: cannot use mutating member on immutable value: 'mover' is a 'let' constant
// ---
class Base2 { func f() -> Int { 1 } }
class Derived2: Base2 {
    func f() -> Int { 2 } // expect error:10: overriding declaration requires an 'override' keyword
}
// ---
struct Wrong {
    var x: Int
}
let wrong = Wrong(y: 1) // expect error:18: incorrect argument label in call (have 'y:', expected 'x:')
