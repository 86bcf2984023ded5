// features: enum, structs, tuples, arrays, mutating, switch-patterns, characters, hashable
enum Move: Character {
    case up = "U", down = "D", left = "L", right = "R"

    var delta: (dx: Int, dy: Int) {
        switch self {
        case .up: return (0, -1)
        case .down: return (0, 1)
        case .left: return (-1, 0)
        case .right: return (1, 0)
        }
    }
}

struct Cell: Hashable { let x: Int, y: Int }

enum StepResult { case moved, ate, crashed }

struct SnakeGame {
    let width: Int, height: Int
    var body: [Cell] = [Cell(x: 2, y: 2)]
    var food: [Cell]
    var score = 0

    mutating func step(_ move: Move) -> StepResult {
        let head = body[0]
        let next = Cell(x: head.x + move.delta.dx, y: head.y + move.delta.dy)
        guard next.x >= 0, next.y >= 0, next.x < width, next.y < height,
              !body.dropLast().contains(next) else { return .crashed }
        body.insert(next, at: 0)
        if let index = food.firstIndex(of: next) {
            food.remove(at: index)
            score += 10
            return .ate
        }
        body.removeLast()
        return .moved
    }

    func draw() -> String {
        var rows = Array(repeating: Array(repeating: Character("."), count: width), count: height)
        for f in food { rows[f.y][f.x] = "*" }
        for (i, c) in body.enumerated() { rows[c.y][c.x] = i == 0 ? "@" : "o" }
        return rows.map { String($0) }.joined(separator: "\n")
    }
}

var game = SnakeGame(width: 6, height: 5, food: [Cell(x: 4, y: 2), Cell(x: 4, y: 4), Cell(x: 1, y: 4)])
let moves = "RRDDLLLUUUUU".compactMap(Move.init(rawValue:))
for (i, move) in moves.enumerated() {
    let result = game.step(move)
    if result == .crashed {
        print("crashed at move \(i + 1)")
        break
    }
    if result == .ate { print("ate at move \(i + 1), length \(game.body.count)") }
}
print(game.draw())
print("score:", game.score)
