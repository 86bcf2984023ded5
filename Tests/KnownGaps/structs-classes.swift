struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    var isFreezing: Bool { celsius <= 0 }
    var description: String {
        return "\(celsius)°C"
    }
}
struct Celsius {
    var celsius: Double
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    var isFreezing: Bool { celsius <= 0 }
    var description: String {
        get { "\(celsius)°C" }
    }
}
let boiling = Celsius(celsius: 100)
var t = Temperature(celsius: 100)
print(t.fahrenheit, t.isFreezing, t.description) // expect: 212.0 false 100.0°C
t.fahrenheit = 32
print(t.celsius, t.isFreezing) // expect: 0.0 true
// ---
struct Account {
    var balance: Double = 0 {
        didSet { print("balance \(oldValue) -> \(balance)") }
    }
    var owner: String = "" {
        willSet { print("renaming to \(newValue)") }
    }
}
var account = Account()
account.balance += 10 // expect: balance 0.0 -> 10.0
account.owner = "Kim" // expect: renaming to Kim
// ---
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
struct Money: Equatable {
    var cents: Int
}
struct Failable {
    var n: Int
    init?(text: String) {
        guard let n = Int(text) else { return nil }
        self.n = n
    }
}
print(Failable(text: "12")?.n as Any, Failable(text: "x") == nil) // expect: Optional(12) true
// ---
class Animal {
    let name: String
    var sound: String { "..." }
    init(name: String) {
        self.name = name
    }
    func speak() -> String { "\(name) says \(sound)" }
    func kind() -> String { "animal" }
}
class Dog: Animal {
    var tricks: [String] = []
    override var sound: String { "woof" }
    init(name: String, tricks: [String]) {
        self.tricks = tricks
        super.init(name: name)
    }
    override func kind() -> String { "dog, a kind of " + super.kind() }
    func learn(_ trick: String) { tricks.append(trick) }
}
class Puppy: Dog {
    override func speak() -> String { super.speak() + " (tiny)" }
}
let generic = Animal(name: "Thing")
let rex = Dog(name: "Rex", tricks: ["sit"])
let bit = Puppy(name: "Bit", tricks: [])
rex.learn("roll")
let zoo: [Animal] = [generic, rex, bit]
print((zoo[0] as? Dog)?.tricks as Any) // expect: nil
let forcedDog = zoo[2] as! Dog
let anyValue: Any = 3
print((anyValue as? Int).map { $0 + 1 } as Any) // expect: Optional(4)
// ---
class Counter {
    var count = 0
    init() {}
    convenience init(start: Int) {
        self.init()
        count = start
    }
    func increment(by step: Int = 1) -> Counter {
        count += step
        return self
    }
}
let c0 = Counter()
c0.increment().increment(by: 10)
let c1 = Counter(start: 5)
let c2 = Counter()
c1.increment().increment(by: 10)
print(c1.count, c2.count) // expect: 16 0
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
