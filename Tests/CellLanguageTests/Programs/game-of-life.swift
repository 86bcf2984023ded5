// features: structs, nested-loops, subscripts, equatable, custom-string, mutating
struct Grid: Equatable, CustomStringConvertible {
    let width: Int
    let height: Int
    var cells: [[Bool]]

    init(width: Int, height: Int, alive: [(Int, Int)]) {
        self.width = width
        self.height = height
        cells = Array(repeating: Array(repeating: false, count: width), count: height)
        for (x, y) in alive {
            cells[y][x] = true
        }
    }

    subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < width, y < height else { return false }
        return cells[y][x]
    }

    func liveNeighbours(x: Int, y: Int) -> Int {
        var count = 0
        for dy in -1...1 {
            for dx in -1...1 where !(dx == 0 && dy == 0) {
                if self[x + dx, y + dy] { count += 1 }
            }
        }
        return count
    }

    func next() -> Grid {
        var result = self
        for y in 0..<height {
            for x in 0..<width {
                let n = liveNeighbours(x: x, y: y)
                switch (self[x, y], n) {
                case (true, 2), (true, 3): result.cells[y][x] = true
                case (false, 3): result.cells[y][x] = true
                default: result.cells[y][x] = false
                }
            }
        }
        return result
    }

    var population: Int {
        cells.reduce(0) { $0 + $1.filter { $0 }.count }
    }

    var description: String {
        cells.map { row in String(row.map { $0 ? "#" : "." }) }.joined(separator: "\n")
    }
}

var glider = Grid(width: 6, height: 6, alive: [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
for generation in 0..<4 {
    print("Generation \(generation), population \(glider.population)")
    print(glider)
    glider = glider.next()
}

let blinker = Grid(width: 5, height: 5, alive: [(1, 2), (2, 2), (3, 2)])
print(blinker.next() == blinker, blinker.next().next() == blinker)
let block = Grid(width: 4, height: 4, alive: [(1, 1), (1, 2), (2, 1), (2, 2)])
print(block.next() == block)
