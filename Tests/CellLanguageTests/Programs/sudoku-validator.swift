// features: sets, arrays, nested-loops, tuples, throws, error-struct, closures, stride
struct SudokuError: Error, CustomStringConvertible {
    let unit: String
    let index: Int
    var description: String { "duplicate in \(unit) \(index + 1)" }
}

func validate(_ grid: [[Int]]) throws {
    func check(_ values: [Int], _ unit: String, _ index: Int) throws {
        let filled = values.filter { $0 != 0 }
        if Set(filled).count != filled.count {
            throw SudokuError(unit: unit, index: index)
        }
    }
    for r in 0..<9 {
        try check(grid[r], "row", r)
    }
    for c in 0..<9 {
        try check(grid.map { $0[c] }, "column", c)
    }
    for (b, (r0, c0)) in stride(from: 0, to: 9, by: 3).flatMap({ r in stride(from: 0, to: 9, by: 3).map { (r, $0) } }).enumerated() {
        var box: [Int] = []
        for r in r0..<r0 + 3 {
            box += grid[r][c0..<c0 + 3]
        }
        try check(box, "box", b)
    }
}

func candidates(_ grid: [[Int]], row: Int, col: Int) -> [Int] {
    var used = Set(grid[row])
    used.formUnion(grid.map { $0[col] })
    let r0 = row / 3 * 3, c0 = col / 3 * 3
    for r in r0..<r0 + 3 { used.formUnion(grid[r][c0..<c0 + 3]) }
    return (1...9).filter { !used.contains($0) }
}

var puzzle = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
]
do {
    try validate(puzzle)
    print("valid so far")
} catch {
    print(error)
}
print(candidates(puzzle, row: 0, col: 2), candidates(puzzle, row: 4, col: 4))
let empty = puzzle.joined().filter { $0 == 0 }.count
print("empty cells:", empty)
puzzle[0][2] = 5
do {
    try validate(puzzle)
} catch let error as SudokuError {
    print(error, error.unit)
}
puzzle[0][2] = 0
puzzle[2][0] = 3
if (try? validate(puzzle)) == nil { print("invalid after edit") }
