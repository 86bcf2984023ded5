final class Stats {
    let values: [Double]
    init(_ values: [Double]) { self.values = values }
    lazy var mean: Double = values.reduce(0, +) / Double(values.count)
}
print(Stats([1, 2, 6]).mean) // expect: 3.0
// ---
var capturedValue = 10
let captured = { [capturedValue] in capturedValue * 2 }
capturedValue = 50
print(captured()) // expect: 20
// ---
struct Item { var price: Double }
var item = Item(price: 2)
item[keyPath: \Item.price] = 5
print(item.price) // expect: 5.0
// ---
infix operator **: MultiplicationPrecedence
func ** (base: Int, exponent: Int) -> Int { (0..<exponent).reduce(1) { acc, _ in acc * base } }
print(2 ** 10) // expect: 1024
// ---
struct Card {
    enum Suit: String { case hearts = "♥", spades = "♠" }
    let suit: Suit
}
print(Card(suit: .spades).suit.rawValue) // expect: ♠
// ---
// Nested types: by their own name inside the type and its extensions, qualified outside;
// printed by their own name, module-qualified by their full name in the debug form.
struct Tree {
    final class Node {
        var value: Int
        var children: [Node] = []
        init(_ value: Int) { self.value = value }
        func total() -> Int { value + children.map { $0.total() }.reduce(0, +) }
    }
    enum Order: String, CaseIterable { case pre, post }
    struct Stats { var depth: Int }
    var root: Node
    var order: Order = .pre
    static func make() -> Tree { Tree(root: Node(1)) }
}
extension Tree {
    func kind() -> Order { .post }
}
var tree = Tree.make()
tree.root.children.append(Tree.Node(5))
print(tree.root.total(), tree.kind(), Tree.Order.allCases) // expect: 6 post [main.Tree.Order.pre, main.Tree.Order.post]
let order: Tree.Order = .post
print(order == tree.kind(), Tree.Order(rawValue: "pre") as Any) // expect: true Optional(main.Tree.Order.pre)
print(Tree.Stats(depth: 2), [Tree.Stats(depth: 3)], Tree.Node(1)) // expect: Stats(depth: 2) [main.Tree.Stats(depth: 3)] main.Tree.Node
// ---
struct Name: Hashable {
    let raw: String
    static func == (a: Name, b: Name) -> Bool { a.raw.lowercased() == b.raw.lowercased() }
    func hash(into hasher: inout Hasher) { hasher.combine(raw.lowercased()) }
}
print(Set([Name(raw: "Ann"), Name(raw: "ANN")]).count) // expect: 1
// ---
// A class made Hashable by its own `==` and `hash(into:)` keys sets and dictionaries.
final class Account: Hashable {
    let id: Int
    var owner: String
    init(id: Int, owner: String) { self.id = id; self.owner = owner }
    static func == (a: Account, b: Account) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
let accounts: Set<Account> = [Account(id: 1, owner: "a"), Account(id: 1, owner: "b"), Account(id: 2, owner: "c")]
print(accounts.count, accounts.contains(Account(id: 2, owner: "z"))) // expect: 2 true
var balances: [Account: Double] = [:]
balances[Account(id: 1, owner: "a")] = 10
balances[Account(id: 1, owner: "b"), default: 0] += 5
print(balances.count, balances[Account(id: 1, owner: "")] ?? -1, balances[Account(id: 9, owner: "")] ?? -1) // expect: 1 15.0 -1.0
var h1 = Hasher()
h1.combine("x")
var h2 = Hasher()
h2.combine("x")
print(h1.finalize() == h2.finalize()) // expect: true
// ---
struct Countdown: Sequence, IteratorProtocol {
    var current: Int
    mutating func next() -> Int? {
        guard current > 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}
print(Array(Countdown(current: 3))) // expect: [3, 2, 1]
// ---
// A Sequence through `makeIterator()` and `AnyIterator`; an endless one stopped by `break`.
struct Squares: Sequence {
    let count: Int
    func makeIterator() -> AnyIterator<Int> {
        var i = 0
        return AnyIterator {
            guard i < count else { return nil }
            defer { i += 1 }
            return i * i
        }
    }
}
print(Squares(count: 5).map { $0 + 1 }, Squares(count: 4).reduce(0, +)) // expect: [1, 2, 5, 10, 17] 14
struct Naturals: Sequence, IteratorProtocol {
    var n = 0
    mutating func next() -> Int? { n += 1; return n }
}
var found = 0
for k in Naturals() where k % 7 == 0 {
    found = k
    break
}
print(found) // expect: 7
let letters = AnyIterator(Countdown(current: 2))
print(letters.next() as Any, Array(letters)) // expect: Optional(2) [1]
// ---
let outcome: Result<Int, Error> = .success(5)
if case .success(let n) = outcome { print(n) } // expect: 5
// ---
// The standard library's Result: cases, `get()`, `map`, `flatMap`, `init(catching:)`; an
// implicit member given as a Failure is the case of the error enum.
enum ParseError: Error { case empty, bad(String) }
func parse(_ s: String) -> Result<Int, ParseError> {
    if s.isEmpty { return .failure(.empty) }
    guard let n = Int(s) else { return .failure(.bad(s)) }
    return .success(n)
}
for s in ["12", "", "x"] {
    switch parse(s) {
    case .success(let n): print("ok", n)
    case .failure(let e): print("error", e)
    }
}
// expect: ok 12
// expect: error empty
// expect: error bad("x")
print(parse("4").map { $0 * 2 }, parse("3").flatMap { $0 > 2 ? .success($0) : .failure(.bad("small")) }) // expect: success(8) success(3)
let caught = Result { try parse("7").get() + 1 }
print(try caught.get(), (try? parse("q").get()) as Any) // expect: 8 nil
// ---
// `self = .case` in an enum's initializer.
enum Sign {
    case negative, positive(Int)
    init(_ n: Int) {
        if n < 0 { self = .negative } else { self = .positive(n) }
    }
}
print(Sign(-2), Sign(3)) // expect: negative positive(3)
// ---
// `as?` and `is` with protocol types: conformance declared on the type or inherited through
// a protocol's own parents.
protocol Creature { var name: String { get } }
protocol Pet: Creature { var owner: String { get } }
protocol Swimmer { func swim() -> String }
struct Dog: Pet { let name: String; let owner: String }
struct Seal: Creature, Swimmer {
    let name: String
    func swim() -> String { "\(name) dives" }
}
class Fish: Swimmer { func swim() -> String { "fish swims" } }
final class Goldfish: Fish {}
let creatures: [Creature] = [Dog(name: "Rex", owner: "Sam"), Seal(name: "Sally")]
print(creatures.compactMap { $0 as? Swimmer }.map { $0.swim() }, creatures.filter { $0 is Pet }.map(\.name)) // expect: ["Sally dives"] ["Rex"]
print(Goldfish() is Swimmer, Dog(name: "a", owner: "b") is Creature, (creatures[0] as? Swimmer) == nil) // expect: true true true
