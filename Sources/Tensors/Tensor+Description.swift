extension Tensor: CustomStringConvertible, Equatable {
    /// Nested brackets in row-major order, NumPy style, with each value in Swift's shortest
    /// round-tripping form; dimensions longer than 6 show their first and last 3 entries
    /// around `...`. For example `[[1.0, 2.0], [3.0, 4.0]]`.
    public var description: String {
        if rank == 0 { return "\(storage.base[0])" }
        var text = ""
        write(dimension: 0, offset: 0, into: &text)
        return text
    }

    /// Equal when the shapes and all elements are equal (NaN is never equal).
    public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
        guard lhs.shape == rhs.shape else { return false }
        for i in 0..<lhs.count where lhs.storage.base[i] != rhs.storage.base[i] { return false }
        return true
    }

    private func write(dimension: Int, offset: Int, into text: inout String) {
        let n = shape[dimension]
        let stride = shape[(dimension + 1)...].reduce(1, *)
        let shown: [Int?] = n > 6 ? [0, 1, 2, nil, n - 3, n - 2, n - 1] : (0..<n).map { $0 }
        text += "["
        for (position, index) in shown.enumerated() {
            if position > 0 { text += dimension == rank - 1 ? ", " : ",\n" + indent(dimension) }
            guard let index else {
                text += "..."
                continue
            }
            if dimension == rank - 1 {
                text += "\(storage.base[offset + index])"
            } else {
                write(dimension: dimension + 1, offset: offset + index * stride, into: &text)
            }
        }
        text += "]"
    }

    private func indent(_ dimension: Int) -> String {
        String(repeating: " ", count: dimension + 1)
    }
}
