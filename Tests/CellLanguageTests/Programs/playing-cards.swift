// features: enum-raw, case-iterable, comparable, custom-string, structs, nested-types, higher-order
struct Card: Comparable, CustomStringConvertible {
    enum Suit: String, CaseIterable {
        case clubs = "♣", diamonds = "♦", hearts = "♥", spades = "♠"
    }

    enum Rank: Int, CaseIterable {
        case two = 2, three, four, five, six, seven, eight, nine, ten
        case jack, queen, king, ace

        var symbol: String {
            switch self {
            case .jack: return "J"
            case .queen: return "Q"
            case .king: return "K"
            case .ace: return "A"
            default: return "\(rawValue)"
            }
        }
    }

    let rank: Rank
    let suit: Suit

    var description: String { rank.symbol + suit.rawValue }

    static func < (lhs: Card, rhs: Card) -> Bool {
        lhs.rank.rawValue < rhs.rank.rawValue
    }

    static func == (lhs: Card, rhs: Card) -> Bool {
        lhs.rank == rhs.rank && lhs.suit == rhs.suit
    }
}

var deck: [Card] = []
for suit in Card.Suit.allCases {
    for rank in Card.Rank.allCases {
        deck.append(Card(rank: rank, suit: suit))
    }
}
print("Deck size:", deck.count)

// A deterministic shuffle: a perfect riffle, three times.
func riffle(_ cards: [Card]) -> [Card] {
    let half = cards.count / 2
    var result: [Card] = []
    for i in 0..<half {
        result.append(cards[i + half])
        result.append(cards[i])
    }
    return result
}
for _ in 1...3 { deck = riffle(deck) }

let hand = Array(deck.prefix(5))
print("Hand:", hand)
print("Sorted:", hand.sorted())
print("High card:", hand.max()!)
let bySuit = Dictionary(grouping: hand, by: { $0.suit.rawValue })
for suit in Card.Suit.allCases {
    print(suit.rawValue, bySuit[suit.rawValue]?.count ?? 0)
}
let points = hand.map { min($0.rank.rawValue, 10) }.reduce(0, +)
print("Points:", points)
print(Card(rank: .ace, suit: .spades) > Card(rank: .king, suit: .hearts))
