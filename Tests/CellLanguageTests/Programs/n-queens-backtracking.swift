// features: recursion, inout, arrays, sets, closures, string-building
func solveNQueens(_ n: Int) -> [[Int]] {
    var solutions: [[Int]] = []
    var columns: [Int] = []
    var usedColumns = Set<Int>()
    var usedDiagonals = Set<Int>()
    var usedAntiDiagonals = Set<Int>()

    func place(row: Int) {
        if row == n {
            solutions.append(columns)
            return
        }
        for col in 0..<n {
            if usedColumns.contains(col) || usedDiagonals.contains(row - col) || usedAntiDiagonals.contains(row + col) {
                continue
            }
            columns.append(col)
            usedColumns.insert(col)
            usedDiagonals.insert(row - col)
            usedAntiDiagonals.insert(row + col)
            place(row: row + 1)
            columns.removeLast()
            usedColumns.remove(col)
            usedDiagonals.remove(row - col)
            usedAntiDiagonals.remove(row + col)
        }
    }
    place(row: 0)
    return solutions
}

func render(_ solution: [Int]) -> String {
    solution.map { col in
        (0..<solution.count).map { $0 == col ? "Q" : "." }.joined()
    }.joined(separator: "\n")
}

for n in 1...8 {
    print("n=\(n): \(solveNQueens(n).count) solutions")
}
let six = solveNQueens(6)
print(six)
print(render(six[0]))

func subsets<T>(_ items: [T]) -> [[T]] {
    guard let first = items.first else { return [[]] }
    let rest = subsets(Array(items.dropFirst()))
    return rest + rest.map { [first] + $0 }
}
let coins = [1, 5, 10, 25]
let makes30 = subsets(coins).filter { $0.reduce(0, +) == 30 }
print(makes30)
print(subsets(["a", "b", "c"]).count)
