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
