// features: recursion, arrays, literals-typing, generics, extensions, nested-loops, tuples
typealias Matrix = [[Double]]

func minor(_ m: Matrix, removingRow row: Int, column col: Int) -> Matrix {
    m.enumerated().filter { $0.offset != row }.map { _, r in
        r.enumerated().filter { $0.offset != col }.map { $0.element }
    }
}

func determinant(_ m: Matrix) -> Double {
    switch m.count {
    case 0: return 1
    case 1: return m[0][0]
    case 2: return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    default:
        var total = 0.0
        for (j, value) in m[0].enumerated() {
            let sign: Double = j % 2 == 0 ? 1 : -1
            total += sign * value * determinant(minor(m, removingRow: 0, column: j))
        }
        return total
    }
}

func transpose(_ m: Matrix) -> Matrix {
    guard let first = m.first else { return [] }
    return first.indices.map { c in m.map { $0[c] } }
}

func multiply(_ a: Matrix, _ b: Matrix) -> Matrix? {
    guard a.first?.count == b.count else { return nil }
    let bt = transpose(b)
    return a.map { row in bt.map { col in zip(row, col).map(*).reduce(0, +) } }
}

func identity(_ n: Int) -> Matrix {
    var m = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n { m[i][i] = 1 }
    return m
}

let a: Matrix = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
let b: Matrix = [[1, 2], [0, 1], [4, 0]]
print(determinant(a))
print(determinant([[1, 2], [3, 4]]), determinant([[5]]))
print(transpose(b))
print(multiply(a, b) ?? [])
print(multiply(b, b) == nil)
print(identity(3))
print(determinant(identity(4)))
let scaled = a.map { $0.map { $0 * 2 } }
print(determinant(scaled) / determinant(a))
let trace = (0..<a.count).reduce(0.0) { $0 + a[$1][$1] }
print("trace:", trace)
