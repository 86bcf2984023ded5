struct Card {
    enum Suit: String { case hearts = "♥", spades = "♠" }
    let suit: Suit
}
print(Card(suit: .spades).suit.rawValue) // expect: ♠
// ---
let greeting = "Hello"
let second = greeting[greeting.index(after: greeting.startIndex)]
print(second) // expect: e
// ---
let outcome: Result<Int, Error> = .success(5)
if case .success(let n) = outcome { print(n) } // expect: 5
// ---
struct Name: Hashable {
    let raw: String
    static func == (a: Name, b: Name) -> Bool { a.raw.lowercased() == b.raw.lowercased() }
    func hash(into hasher: inout Hasher) { hasher.combine(raw.lowercased()) }
}
print(Set([Name(raw: "Ann"), Name(raw: "ANN")]).count) // expect: 1
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
enum Activity: String { case chess, music }
let clubs: [String: Set<Activity>] = ["ana": [.chess, .music]]
print(clubs["ana"]!.count) // expect: 2
