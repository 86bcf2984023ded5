// features: protocols, protocol-extensions, protocol-values, protocol-inheritance, type-casting, structs
protocol Animal {
    var name: String { get }
    var legs: Int { get }
    func sound() -> String
}

extension Animal {
    func introduce() -> String { "\(name) says \(sound()) on \(legs) legs" }
    var legs: Int { 4 }
}

protocol Pet: Animal {
    var owner: String { get set }
}

extension Pet {
    func introduce() -> String { "\(name), pet of \(owner), says \(sound())" }
}

protocol Swimmer {
    func swim() -> String
}

struct Dog: Pet {
    let name: String
    var owner: String
    func sound() -> String { "woof" }
}

struct Parrot: Pet, CustomStringConvertible {
    let name: String
    var owner: String
    var legs: Int { 2 }
    var vocabulary: [String]
    func sound() -> String { vocabulary.first ?? "squawk" }
    var description: String { "Parrot(\(name))" }
}

struct Duck: Animal, Swimmer {
    let name = "Duck"
    var legs: Int { 2 }
    func sound() -> String { "quack" }
    func swim() -> String { "\(name) paddles" }
}

struct Seal: Animal, Swimmer {
    let name: String
    var legs: Int { 0 }
    func sound() -> String { "arf" }
    func swim() -> String { "\(name) dives" }
}

var rex = Dog(name: "Rex", owner: "Sam")
let polly = Parrot(name: "Polly", owner: "Ada", vocabulary: ["hello", "cracker"])
let zoo: [Animal] = [rex, polly, Duck(), Seal(name: "Sally")]

for animal in zoo {
    print(animal.introduce())
}
print(zoo.map(\.legs).reduce(0, +))
let swimmers = zoo.compactMap { $0 as? Swimmer }
print(swimmers.map { $0.swim() })
let pets = zoo.filter { $0 is Pet }.map(\.name)
print(pets)
rex.owner = "Kim"
print(rex.introduce())
print(polly)
if let parrot = zoo[1] as? Parrot {
    print(parrot.vocabulary.count)
}
