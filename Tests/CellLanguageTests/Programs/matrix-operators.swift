// features: operators, structs, subscripts, custom-string, equatable, literals-typing, nested-loops
struct Matrix: Equatable, CustomStringConvertible {
    let rows: Int
    let columns: Int
    private var grid: [Double]

    init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: value, count: rows * columns)
    }

    init(_ values: [[Double]]) {
        self.init(rows: values.count, columns: values.first?.count ?? 0)
        for (r, row) in values.enumerated() {
            for (c, v) in row.enumerated() {
                self[r, c] = v
            }
        }
    }

    subscript(row: Int, column: Int) -> Double {
        get { grid[row * columns + column] }
        set { grid[row * columns + column] = newValue }
    }

    static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        var result = Matrix(rows: lhs.rows, columns: lhs.columns)
        for r in 0..<lhs.rows {
            for c in 0..<lhs.columns {
                result[r, c] = lhs[r, c] + rhs[r, c]
            }
        }
        return result
    }

    static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        var result = Matrix(rows: lhs.rows, columns: rhs.columns)
        for r in 0..<lhs.rows {
            for c in 0..<rhs.columns {
                var sum = 0.0
                for k in 0..<lhs.columns {
                    sum += lhs[r, k] * rhs[k, c]
                }
                result[r, c] = sum
            }
        }
        return result
    }

    static func * (scalar: Double, m: Matrix) -> Matrix {
        var result = m
        for r in 0..<m.rows {
            for c in 0..<m.columns { result[r, c] = scalar * m[r, c] }
        }
        return result
    }

    var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for r in 0..<rows {
            for c in 0..<columns { t[c, r] = self[r, c] }
        }
        return t
    }

    var description: String {
        (0..<rows).map { r in
            (0..<columns).map { c in "\(self[r, c])" }.joined(separator: " ")
        }.joined(separator: "\n")
    }
}

let a = Matrix([[1, 2], [3, 4]])
let b = Matrix([[0, 1], [1, 0]])
print(a + b)
print("--")
print(a * b)
print("--")
print(2 * a)
print("--")
print(a.transposed)
print(a * Matrix.identity(2) == a)
print(a == b)
