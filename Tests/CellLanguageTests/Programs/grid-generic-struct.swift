// features: generics, subscripts, structs, extensions, where-clause, custom-string, higher-order, mutating
struct Grid<Element> {
    let rows: Int
    let columns: Int
    private var storage: [Element]

    init(rows: Int, columns: Int, initial: Element) {
        self.rows = rows
        self.columns = columns
        storage = Array(repeating: initial, count: rows * columns)
    }

    subscript(row: Int, column: Int) -> Element {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    func map<T>(_ transform: (Element) -> T) -> Grid<T> {
        var result = Grid<T>(rows: rows, columns: columns, initial: transform(storage[0]))
        for r in 0..<rows {
            for c in 0..<columns { result[r, c] = transform(self[r, c]) }
        }
        return result
    }

    func row(_ r: Int) -> [Element] { (0..<columns).map { self[r, $0] } }
    func column(_ c: Int) -> [Element] { (0..<rows).map { self[$0, c] } }
}

extension Grid where Element: Numeric {
    var sum: Element { storage.reduce(0, +) }
}

extension Grid: CustomStringConvertible {
    var description: String {
        (0..<rows).map { r in row(r).map { "\($0)" }.joined(separator: "\t") }.joined(separator: "\n")
    }
}

var times = Grid(rows: 3, columns: 4, initial: 0)
for r in 0..<3 {
    for c in 0..<4 { times[r, c] = (r + 1) * (c + 1) }
}
print(times)
print(times.sum, times.row(1), times.column(3))
let halves = times.map { Double($0) / 2 }
print(halves.row(2), halves.sum)
let labels = times.map { $0 % 2 == 0 ? "even" : "odd" }
print(labels.row(0))
var board = Grid(rows: 2, columns: 2, initial: Character("."))
board[0, 1] = "X"
board[1, 0] = "O"
print(board)
