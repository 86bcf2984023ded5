struct Size {
    var width: Double
    var height: Double = 1
}
let s1 = Size(width: 2, height: 3)
let s2 = Size(width: 4)
print(s1, s2.height) // expect: Size(width: 2.0, height: 3.0) 1.0
struct Labeled {
    var width: Double
    let unit = "cm"
}
struct Person {
    var name: String
    var age: Int
    var nickname: String?
}
print(Person(name: "Ann", age: 30, nickname: nil)) // expect: Person(name: "Ann", age: 30, nickname: nil)
print(Person(name: "Bo", age: 5, nickname: "B")) // expect: Person(name: "Bo", age: 5, nickname: Optional("B"))
struct Line { var from: Size; var to: Size }
print(Line(from: s1, to: s2).to.width) // expect: 4.0
print("size: \(s2)") // expect: size: Size(width: 4.0, height: 1.0)
// ---
struct Celsius {
    var celsius: Double
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    var isFreezing: Bool { celsius <= 0 }
    var description: String {
        get { "\(celsius)°C" }
    }
}
let boiling = Celsius(celsius: 100)
print(boiling.fahrenheit, boiling.isFreezing, boiling.description) // expect: 212.0 false 100.0°C
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
print(v.length(), v.dot(Vector(x: 1, y: 0)), v.plus(v).scaled(by: 0.5).x) // expect: 5.0 3.0 3.0
v.normalize()
print(v.x, v.y) // expect: 0.6 0.8
print(v.describe()) // expect: (0.6, 0.8) of length 1.0
v.reset()
let fixedVector = Vector(x: 1, y: 1)
print(fixedVector.scaled(by: 2).length() > 2) // expect: true
func moved(_ vec: Vector) -> Vector {
    var copy = vec
    copy.x += 1
    return copy
}
print(moved(fixedVector).x, fixedVector.x) // expect: 2.0 1.0
// ---
struct Limits {
    static let maximum = 10
    var value: Int
    init(value: Int) {
        self.value = min(value, Limits.maximum)
    }
}
print(Limits(value: 50).value, Limits.maximum) // expect: 10 10
struct Unit {
    static let zero = Unit(v: 0)
    var v: Int
}
print(Unit.zero.v) // expect: 0
// ---
struct Money: Equatable {
    var cents: Int
}
print(Money(cents: 5) == Money(cents: 5), Money(cents: 5) != Money(cents: 6)) // expect: true true
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
print(generic.speak()) // expect: Thing says ...
print(rex.speak(), rex.kind()) // expect: Rex says woof dog, a kind of animal
print(bit.speak(), bit.kind()) // expect: Bit says woof (tiny) dog, a kind of animal
rex.learn("roll")
print(rex.tricks) // expect: ["sit", "roll"]
let zoo: [Animal] = [generic, rex, bit]
print(zoo.map { $0.speak() }) // expect: ["Thing says ...", "Rex says woof", "Bit says woof (tiny)"]
print(zoo.map { $0 is Dog }, zoo.filter { $0 is Puppy }.count) // expect: [false, true, true] 1
if let dog = zoo[1] as? Dog { print("dog with", dog.tricks.count, "tricks") } // expect: dog with 2 tricks
print(zoo[0] as? Dog == nil) // expect: true
let forcedDog = zoo[2] as! Dog
print(forcedDog.name) // expect: Bit
for animal in zoo {
    if let p = animal as? Puppy { print("puppy", p.name) } // expect: puppy Bit
}
let anyValue: Any = 3
print(anyValue is Int, anyValue is String, (anyValue as? Int)! + 1) // expect: true false 4
// ---
class Node {
    var value: Int
    var next: Node?
    init(value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
}
let list = Node(value: 1, next: Node(value: 2, next: Node(value: 3)))
var cursor: Node? = list
var collected: [Int] = []
while let node = cursor {
    collected.append(node.value)
    cursor = node.next
}
print(collected) // expect: [1, 2, 3]
let shared = list.next!
shared.value = 20
print(list.next!.value, list === list, list.next! === shared, list !== shared) // expect: 20 true true true
func bump(_ n: Node) { n.value += 100 }
bump(list)
print(list.value) // expect: 101
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
print(c0.count) // expect: 11
let c2 = Counter()
// ---
struct Stack {
    private var items: [Int] = []
    var isEmpty: Bool { items.isEmpty }
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { items.popLast() }
    func peek() -> Int? { items.last }
}
var stack = Stack()
stack.push(1)
stack.push(2)
print(stack.peek()!, stack.pop()!, stack.pop()!, stack.pop() as Any, stack.isEmpty) // expect: 2 2 1 nil true
// ---
struct Wrong {
    var x: Int
}
let wrong = Wrong(y: 1) // expect error: incorrect argument label in call (have 'y:', expected 'x:')
