/// The adjoints of row gathering, row slicing and concatenation.
enum GatherKernels {
    /// Zeros of `shape` with row `rows[i]` incremented by row `i` of `g`.
    static func scatterAdd(_ g: Tensor, rows: [Int], into shape: [Int]) -> Tensor {
        let out = TensorStorage(count: shape.product, repeating: 0)
        let width = shape[0] == 0 ? 0 : out.count / shape[0]
        for (r, i) in rows.enumerated() {
            let d = out.base + i * width
            let s = g.storage.base + r * width
            for j in 0..<width { d[j] += s[j] }
        }
        return Tensor(shape: shape, storage: out)
    }

    /// Zeros of `shape` with rows `rows` replaced by `g`.
    static func pad(_ g: Tensor, rows: Range<Int>, into shape: [Int]) -> Tensor {
        let out = TensorStorage(count: shape.product, repeating: 0)
        let width = shape[0] == 0 ? 0 : out.count / shape[0]
        (out.base + rows.lowerBound * width).update(from: g.storage.base, count: g.count)
        return Tensor(shape: shape, storage: out)
    }

    /// `g` cut along `axis` into pieces of the given sizes.
    static func split(_ g: Tensor, axis: Int, sizes: [Int]) throws -> [Tensor?] {
        let outer = g.shape[..<axis].reduce(1, *)
        let inner = g.shape[(axis + 1)...].reduce(1, *)
        let row = g.shape[axis] * inner
        var column = 0
        var pieces: [Tensor?] = []
        for size in sizes {
            var shape = g.shape
            shape[axis] = size
            let out = TensorStorage(uninitializedCount: shape.product)
            let width = size * inner
            for o in 0..<outer {
                (out.base + o * width).update(from: g.storage.base + o * row + column, count: width)
            }
            column += width
            pieces.append(Tensor(shape: shape, storage: out))
        }
        return pieces
    }
}
