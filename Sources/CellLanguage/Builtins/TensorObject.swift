import Tensors

/// A tensor as a cell value. Tensors are values: every operation makes a new box.
final class TensorBox: DisplayableObject {
    /// Replaced only by the adapter of a cell `Layer` subclass, which lends its weights to a
    /// training step (see `CellLayer`).
    var tensor: Tensor

    init(_ tensor: Tensor) {
        self.tensor = tensor
    }

    var typeName: String { "Tensor" }
    var printedDescription: String { tensor.description }

    /// Vectors and matrices show as a table (rows and columns past 12 are elided), other
    /// ranks as text.
    var display: Display {
        let shape = tensor.shape
        guard shape.count == 1 || shape.count == 2 else {
            return .text("Tensor shape=\(shape)\n\(tensor.description)")
        }
        let rows = shape.count == 1 ? 1 : shape[0], columns = shape.count == 1 ? shape[0] : shape[1]
        let scalars = tensor.scalars
        let limit = 12
        func pick(_ n: Int) -> [Int?] {
            n <= limit ? (0..<n).map { $0 } : (0..<(limit / 2)).map { $0 } + [nil] + ((n - limit / 2)..<n).map { $0 }
        }
        let columnIndices = pick(columns)
        let header = [""] + columnIndices.map { $0.map(String.init) ?? "…" }
        let body = pick(rows).map { r -> [String] in
            guard let r else { return ["…"] + columnIndices.map { _ in "⋮" } }
            return [String(r)] + columnIndices.map { c in
                c.map { String(format: "%.4g", Double(scalars[r * columns + $0])) } ?? "…"
            }
        }
        return .table(header: header, rows: body)
    }
}

import Foundation
