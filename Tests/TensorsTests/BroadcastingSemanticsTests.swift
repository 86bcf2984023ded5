import Testing

@testable import Tensors

/// NumPy's broadcasting semantics, against values computed with NumPy 2.4 and pasted here.
struct BroadcastingSemanticsTests {
    let a = try! Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5])
    let b = Tensor([10, 20, 30])
    let c = try! Tensor([[1], [2]])

    @Test func rowVector() throws {
        #expect(try (a + b).scalars == [10, 21, 32, 13, 24, 35])
    }

    @Test func columnVector() throws {
        #expect(try (a * c).scalars == [0, 1, 2, 6, 8, 10])
    }

    @Test func bothStretched() throws {
        let r = try c - b
        #expect(r.shape == [2, 3])
        #expect(r.scalars == [-9, -19, -29, -8, -18, -28])
    }

    @Test func newLeadingAxes() throws {
        let d = try Tensor(shape: [4, 1, 1], scalars: [0, 1, 2, 3])
        let r = try d / (a + 1)
        #expect(r.shape == [4, 2, 3])
        let expected: [Float] = [
            0, 0, 0, 0, 0, 0, 1, 0.5, 0.333333, 0.25, 0.2, 0.166667,
            2, 1, 0.666667, 0.5, 0.4, 0.333333, 3, 1.5, 1, 0.75, 0.6, 0.5,
        ]
        for (x, y) in zip(r.scalars, expected) { #expect(Swift.abs(x - y) < 1e-6) }
    }

    @Test func maximumAndWhere() throws {
        #expect(try Tensor.maximum(a, c).scalars == [1, 1, 2, 3, 4, 5])
        let x = try Tensor([[1, -2, 3], [4, 5, -6]])
        #expect(try Tensor.where(x.greater(0), x, c * 10).scalars == [1, 10, 3, 4, 5, 20])
    }

    @Test func incompatibleShapesThrow() {
        #expect(throws: TensorError.shapeMismatch(operation: "add", lhs: [2, 3], rhs: [2])) {
            try a + Tensor([1, 2])
        }
        #expect(throws: TensorError.self) { try Tensor.zeros([3, 4]) * Tensor.zeros([4, 3]) }
    }

    @Test func broadcastShapeRules() throws {
        #expect(try Broadcasting.shape([8, 1, 6, 1], [7, 1, 5], operation: "t") == [8, 7, 6, 5])
        #expect(try Broadcasting.shape([5, 4], [1], operation: "t") == [5, 4])
        #expect(try Broadcasting.shape([], [2, 0], operation: "t") == [2, 0])
        #expect(throws: TensorError.self) {
            try Broadcasting.shape([2, 1], [8, 4, 3], operation: "t")
        }
    }
}
