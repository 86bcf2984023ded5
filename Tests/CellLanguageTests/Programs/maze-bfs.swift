// features: structs, tuples, hashable, sets, queue, optionals, characters, dictionaries
struct Point: Hashable {
    let row: Int
    let col: Int

    func neighbours() -> [Point] {
        [Point(row: row - 1, col: col), Point(row: row + 1, col: col),
         Point(row: row, col: col - 1), Point(row: row, col: col + 1)]
    }
}

let maze = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..E",
]
let grid = maze.map { Array($0) }

func find(_ target: Character) -> Point? {
    for (r, row) in grid.enumerated() {
        if let c = row.firstIndex(of: target) {
            return Point(row: r, col: c)
        }
    }
    return nil
}

func isOpen(_ p: Point) -> Bool {
    p.row >= 0 && p.row < grid.count && p.col >= 0 && p.col < grid[p.row].count && grid[p.row][p.col] != "#"
}

func shortestPath(from start: Point, to goal: Point) -> [Point]? {
    var queue = [start]
    var head = 0
    var cameFrom: [Point: Point] = [:]
    var visited: Set<Point> = [start]
    while head < queue.count {
        let current = queue[head]
        head += 1
        if current == goal {
            var path = [current]
            var step = current
            while let previous = cameFrom[step] {
                path.append(previous)
                step = previous
            }
            return path.reversed()
        }
        for next in current.neighbours() where isOpen(next) && !visited.contains(next) {
            visited.insert(next)
            cameFrom[next] = current
            queue.append(next)
        }
    }
    return nil
}

guard let start = find("S"), let end = find("E") else {
    fatalError("maze needs S and E")
}
if let path = shortestPath(from: start, to: end) {
    print("Steps:", path.count - 1)
    var drawn = grid
    for p in path.dropFirst().dropLast() {
        drawn[p.row][p.col] = "*"
    }
    for row in drawn { print(String(row)) }
} else {
    print("No path")
}
print(shortestPath(from: start, to: Point(row: 0, col: 2)) == nil)
