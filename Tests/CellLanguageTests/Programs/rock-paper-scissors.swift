// features: enum-raw, case-iterable, switch-patterns, tuples, dictionaries, extensions
import Foundation
enum Move: String, CaseIterable {
    case rock, paper, scissors

    func beats(_ other: Move) -> Bool {
        switch (self, other) {
        case (.rock, .scissors), (.paper, .rock), (.scissors, .paper):
            return true
        default:
            return false
        }
    }
}

enum Outcome: String {
    case win, lose, draw
}

func play(_ a: Move, _ b: Move) -> Outcome {
    if a == b { return .draw }
    return a.beats(b) ? .win : .lose
}

struct Bot {
    var history: [Move] = []

    func nextMove() -> Move {
        guard let last = history.last else { return .rock }
        // Play what beats the opponent's last move.
        return Move.allCases.first { $0.beats(last) } ?? .rock
    }
}

let opponentMoves: [Move] = [.rock, .rock, .paper, .scissors, .scissors, .paper, .rock]
var bot = Bot()
var tally: [Outcome: Int] = [:]
for (round, theirs) in opponentMoves.enumerated() {
    let mine = bot.nextMove()
    let result = play(mine, theirs)
    tally[result, default: 0] += 1
    print("Round \(round + 1): \(mine.rawValue) vs \(theirs.rawValue) -> \(result.rawValue)")
    bot.history.append(theirs)
}
print("wins \(tally[.win] ?? 0), losses \(tally[.lose] ?? 0), draws \(tally[.draw] ?? 0)")
for a in Move.allCases {
    let row = Move.allCases.map { b in play(a, b).rawValue.prefix(1) }
    print(a.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0), row.joined(separator: " "))
}
