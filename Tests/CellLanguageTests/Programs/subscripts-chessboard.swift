// features: subscripts, enum-raw, optionals, structs, characters, string-index, mutating
enum Piece: Character {
    case king = "K", queen = "Q", rook = "R", bishop = "B", knight = "N", pawn = "P"
}

struct Chessboard {
    private var squares: [[Piece?]] = Array(repeating: Array(repeating: nil, count: 8), count: 8)

    subscript(file: Character, rank: Int) -> Piece? {
        get {
            guard let col = Chessboard.column(file), (1...8).contains(rank) else { return nil }
            return squares[rank - 1][col]
        }
        set {
            guard let col = Chessboard.column(file), (1...8).contains(rank) else { return }
            squares[rank - 1][col] = newValue
        }
    }

    subscript(square: String) -> Piece? {
        get {
            guard square.count == 2, let file = square.first, let rank = Int(String(square.last!)) else { return nil }
            return self[file, rank]
        }
        set {
            guard square.count == 2, let file = square.first, let rank = Int(String(square.last!)) else { return }
            self[file, rank] = newValue
        }
    }

    static func column(_ file: Character) -> Int? {
        guard let ascii = file.asciiValue, ascii >= 97, ascii <= 104 else { return nil }
        return Int(ascii - 97)
    }

    var pieceCount: Int { squares.joined().compactMap { $0 }.count }

    func render() -> String {
        (1...8).reversed().map { rank in
            String(squares[rank - 1].map { $0?.rawValue ?? "." })
        }.joined(separator: "\n")
    }
}

var board = Chessboard()
for file in "abcdefgh" {
    board[file, 2] = .pawn
}
board["e1"] = .king
board["d1"] = .queen
board["a1"] = .rook
board["h1"] = .rook
board["g1"] = .knight
board["z9"] = .bishop
print(board.render())
print(board.pieceCount)
print(board["e1"]?.rawValue ?? "-", board["e4"]?.rawValue ?? "-")
board["e4"] = board["e2"]
board["e2"] = nil
print(board["e4"] == .pawn, board["e2"] == nil)
print(board[Character("q"), 1] == nil)
