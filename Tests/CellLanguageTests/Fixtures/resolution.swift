func describe(_ x: Int) -> String { "Int" }
func describe(_ xs: [Int]) -> String { "Array" }
func describe(_ x: Int?) -> String { "Optional" }
let maybeSeven: Int? = 7
print(describe(3), describe([3]), describe(maybeSeven)) // expect: Int Array Optional
print((1, "b") < (1, "c"), (2, 0) > (1, 9)) // expect: true true
print(12 & 10, 12 | 3, 12 ^ 5, 1 << 4, 256 >> 2, ~0) // expect: 8 15 9 16 64 -1
var word = "ab"
word.append("c")
word.removeLast()
print(word, 3 * 2 / 4.0, 1 / 4 * 2.0) // expect: ab 1.5 0.5
// ---
enum Suit: String { case hearts, spades }
struct Hand { var suits: [Suit] = [] }
var hand = Hand()
hand.suits = [.hearts, .spades]
print(hand.suits.map(\.rawValue)) // expect: ["hearts", "spades"]
struct Money {
    let cents: Int
    init(cents: Int) { self.cents = cents }
    init(euros: Double) { self.init(cents: Int(euros * 100)) }
    static func * (m: Money, k: Int) -> Money { Money(cents: m.cents * k) }
    static func * (m: Money, k: Double) -> Money { Money(cents: Int(Double(m.cents) * k)) }
}
print((Money(euros: 2.5) * 2).cents, (Money(cents: 100) * 1.5).cents) // expect: 500 150
print([1, 2].map(String.init), [7].map(Money.init(cents:)).count) // expect: ["1", "2"] 1
// ---
protocol Toggling { mutating func flip() }
extension Toggling {
    mutating func flip(times: Int) { for _ in 0..<times { flip() } }
}
struct Lamp: Toggling {
    var on = false
    mutating func flip() { on.toggle() }
}
var lamp = Lamp()
lamp.flip(times: 3)
print(lamp.on) // expect: true
struct Box { var n: Int? }
var boxes = ["a": Box(n: 1)]
boxes["a"]?.n = 5
var counts = ["k": 1]
counts["k"]! += 2
print(boxes["a"]?.n ?? 0, counts["k"] ?? 0) // expect: 5 3
// ---
typealias Row = [Double]
let row: Row = [1, 2]
enum Planet: Int, CaseIterable {
    case mercury = 1, venus
    static var last: Planet { allCases[allCases.count - 1] }
}
func make<T: Defaultable>(_ like: T) -> T { T() }
protocol Defaultable { init() }
struct Zero: Defaultable { var v = 0 }
print(row, Planet.last, make(Zero(v: 9)).v) // expect: [1.0, 2.0] venus 0
