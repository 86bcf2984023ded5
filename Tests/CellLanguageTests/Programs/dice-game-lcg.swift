// features: structs, mutating, classes, protocols, tuples, dictionaries, while, inout
struct LCG {
    private var state: UInt32

    init(seed: UInt32) { state = seed }

    mutating func next() -> UInt32 {
        state = state &* 1_664_525 &+ 1_013_904_223
        return state
    }

    mutating func roll(sides: Int = 6) -> Int {
        Int(next() >> 16) % sides + 1
    }
}

protocol Player {
    var name: String { get }
    func shouldRollAgain(turnTotal: Int, score: Int) -> Bool
}

struct Cautious: Player {
    let name = "Cautious"
    func shouldRollAgain(turnTotal: Int, score: Int) -> Bool { turnTotal < 10 }
}

struct Greedy: Player {
    let name = "Greedy"
    func shouldRollAgain(turnTotal: Int, score: Int) -> Bool { turnTotal < 25 && score + turnTotal < 50 }
}

func playTurn(_ player: Player, score: Int, rng: inout LCG) -> Int {
    var turnTotal = 0
    while player.shouldRollAgain(turnTotal: turnTotal, score: score) {
        let roll = rng.roll()
        if roll == 1 { return 0 }
        turnTotal += roll
    }
    return turnTotal
}

var rng = LCG(seed: 2024)
print((0..<10).map { _ in rng.roll() })

let players: [Player] = [Cautious(), Greedy()]
var scores = [0, 0]
var round = 0
var winner: String?
while winner == nil && round < 100 {
    round += 1
    for (i, player) in players.enumerated() {
        scores[i] += playTurn(player, score: scores[i], rng: &rng)
        if scores[i] >= 50 {
            winner = player.name
            break
        }
    }
}
print("Rounds: \(round), scores: \(scores), winner: \(winner ?? "none")")

var histogram: [Int: Int] = [:]
for _ in 0..<600 {
    histogram[rng.roll(), default: 0] += 1
}
print((1...6).map { histogram[$0] ?? 0 })
print((1...6).map { histogram[$0] ?? 0 }.reduce(0, +))
