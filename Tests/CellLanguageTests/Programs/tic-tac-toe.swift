// features: enum-raw, subscripts, optionals, structs, switch-patterns, tuples, mutating
enum Player: Character {
    case x = "X"
    case o = "O"

    var other: Player { self == .x ? .o : .x }
}

struct Board {
    private var cells: [Player?] = Array(repeating: nil, count: 9)

    subscript(row: Int, col: Int) -> Player? {
        get { cells[row * 3 + col] }
        set { cells[row * 3 + col] = newValue }
    }

    var isFull: Bool { !cells.contains { $0 == nil } }

    func winner() -> Player? {
        let lines = [
            [0, 1, 2], [3, 4, 5], [6, 7, 8],
            [0, 3, 6], [1, 4, 7], [2, 5, 8],
            [0, 4, 8], [2, 4, 6],
        ]
        for line in lines {
            if let p = cells[line[0]], cells[line[1]] == p, cells[line[2]] == p {
                return p
            }
        }
        return nil
    }

    func render() -> String {
        var rows: [String] = []
        for r in 0..<3 {
            var row = ""
            for c in 0..<3 {
                row.append(self[r, c]?.rawValue ?? ".")
            }
            rows.append(row)
        }
        return rows.joined(separator: "\n")
    }
}

let moves = [(1, 1), (0, 0), (0, 2), (2, 0), (1, 0), (1, 2), (2, 1), (0, 1), (2, 2)]
var board = Board()
var current = Player.x
var result = "draw"

for (row, col) in moves {
    guard board[row, col] == nil else {
        print("Cell (\(row), \(col)) taken")
        continue
    }
    board[row, col] = current
    if let w = board.winner() {
        result = "\(w.rawValue) wins"
        break
    }
    if board.isFull { break }
    current = current.other
}
print(board.render())
print(result)

var quick = Board()
for (i, pos) in [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)].enumerated() {
    quick[pos.0, pos.1] = i % 2 == 0 ? .x : .o
}
print(quick.render())
print(quick.winner().map { String($0.rawValue) } ?? "none")
