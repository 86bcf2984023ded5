// features: structs, enum-associated, protocols, switch-patterns, higher-order, tuples, optionals, interpolation
enum Answer: Equatable {
    case choice(Int)
    case number(Double)
    case text(String)
}

struct Question {
    let prompt: String
    let correct: Answer
    let points: Int

    func grade(_ given: Answer?) -> Int {
        guard let given = given else { return 0 }
        switch (correct, given) {
        case let (.number(expected), .number(actual)) where abs(expected - actual) < 0.01:
            return points
        case let (.text(expected), .text(actual)) where expected.lowercased() == actual.lowercased():
            return points
        case let (.choice(a), .choice(b)) where a == b:
            return points
        case (.choice, .choice):
            return -1
        default:
            return 0
        }
    }
}

let quiz = [
    Question(prompt: "2 + 2 * 2", correct: .number(6), points: 2),
    Question(prompt: "Capital of France", correct: .text("Paris"), points: 1),
    Question(prompt: "Largest planet: 1 Mars 2 Jupiter 3 Venus", correct: .choice(2), points: 3),
    Question(prompt: "Pi to two decimals", correct: .number(3.14), points: 2),
]

let players: [(name: String, answers: [Answer?])] = [
    ("Ana", [.number(6), .text("paris"), .choice(2), .number(3.141)]),
    ("Bo", [.number(8), .text("Lyon"), .choice(1), nil]),
    ("Cy", [.text("6"), nil, .choice(2), .number(3.14)]),
]

var results: [(String, Int)] = []
for player in players {
    let scores = zip(quiz, player.answers).map { $0.grade($1) }
    let total = scores.reduce(0, +)
    results.append((player.name, total))
    print("\(player.name): \(scores) = \(total)")
}
let ranking = results.sorted { $0.1 > $1.1 }
print("Winner: \(ranking[0].0) with \(ranking[0].1) of \(quiz.map(\.points).reduce(0, +))")
let hardest = quiz.indices.min { a, b in
    players.filter { quiz[a].grade($0.answers[a]) > 0 }.count < players.filter { quiz[b].grade($0.answers[b]) > 0 }.count
}!
print("Hardest: \(quiz[hardest].prompt)")
print(Answer.number(1) == .number(1.0), Answer.text("a") == .choice(1))
