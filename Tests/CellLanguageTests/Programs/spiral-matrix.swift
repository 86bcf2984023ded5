// features: arrays, while, tuples, nested-loops, subscripts, formatting, enum, mutating
enum Direction: CaseIterable {
    case right, down, left, up

    var step: (row: Int, col: Int) {
        switch self {
        case .right: return (0, 1)
        case .down: return (1, 0)
        case .left: return (0, -1)
        case .up: return (-1, 0)
        }
    }

    var next: Direction {
        let all = Direction.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

func spiral(_ n: Int) -> [[Int]] {
    var grid = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
    var (row, col) = (0, 0)
    var direction = Direction.right
    for value in 1...(n * n) {
        grid[row][col] = value
        let (r, c) = (row + direction.step.row, col + direction.step.col)
        if r < 0 || r >= n || c < 0 || c >= n || grid[r][c] != 0 {
            direction = direction.next
        }
        row += direction.step.row
        col += direction.step.col
    }
    return grid
}

func spiralOrder(_ m: [[Int]]) -> [Int] {
    var result: [Int] = []
    var top = 0, bottom = m.count - 1, left = 0, right = (m.first?.count ?? 0) - 1
    while top <= bottom && left <= right {
        for c in left...right { result.append(m[top][c]) }
        top += 1
        if top <= bottom { for r in top...bottom { result.append(m[r][right]) } }
        right -= 1
        if top <= bottom && left <= right { for c in stride(from: right, through: left, by: -1) { result.append(m[bottom][c]) } }
        bottom -= 1
        if left <= right && top <= bottom { for r in stride(from: bottom, through: top, by: -1) { result.append(m[r][left]) } }
        left += 1
    }
    return result
}

func pad(_ n: Int, width: Int) -> String {
    let s = String(n)
    return String(repeating: " ", count: max(0, width - s.count)) + s
}

let grid = spiral(5)
for row in grid { print(row.map { pad($0, width: 3) }.joined()) }
print(spiralOrder(grid) == Array(1...25))
print(spiralOrder([[1, 2, 3], [4, 5, 6]]))
let diagonal = (0..<5).map { grid[$0][$0] }
print(diagonal, diagonal.reduce(0, +))
print(spiral(1), spiral(2))
