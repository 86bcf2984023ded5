import Testing

@testable import Tensors

/// Every user-reachable misuse throws a `TensorError` naming the shapes involved.
struct ShapeErrorTests {
    private func message(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func binaryOperations() throws {
        let a = try Tensor.zeros([32, 10])
        let b = try Tensor.zeros([32, 5])
        let m = message { try a + b }
        #expect(m == "add: incompatible shapes. Received: shape=[32, 10] and shape=[32, 5]")
        #expect(message { try a * b }.contains("multiply"))
    }

    @Test func matmul() throws {
        let m = message { try Tensor.zeros([32, 784]).matmul(Tensor.zeros([300, 100])) }
        #expect(m.contains("shape=[32, 784]") && m.contains("shape=[300, 100]"))
        #expect(message { try Tensor.zeros([3]).matmul(Tensor.zeros([3, 1])) }.contains("[3]"))
    }

    @Test func shapesAndAxes() throws {
        let x = try Tensor.zeros([2, 3])
        #expect(message { try x.reshaped([4, 2]) }.contains("shape=[2, 3] and shape=[4, 2]"))
        #expect(message { try x.sum(alongAxis: 2) }.contains("axis 2 is out of range"))
        #expect(message { try x.transposed([0, 0]) }.contains("not a permutation"))
        #expect(message { try x.gathering(rows: [5]) }.contains("index 5"))
        #expect(message { try x.rows(1..<4) }.contains("out of range"))
        #expect(
            message { try Tensor.concatenate([x, Tensor.zeros([3, 3])], axis: 1) }
                .contains("shape=[3, 3]"))
        #expect(message { try Tensor(shape: [2, 2], scalars: [1]) }.contains("shape=[2, 2]"))
        #expect(message { try Tensor([[1, 2], [3]]) }.contains("Received"))
        #expect(message { try Tensor.oneHot([3], classes: 3) }.contains("index 3"))
        #expect(message { try Tensor.zeros([-1]) }.contains("negative"))
        #expect(message { try x.broadcast(to: [3]) }.contains("shape=[2, 3]"))
        #expect(
            message { try sparseSoftmaxCrossEntropy(logits: x, labels: [0]) }
                .contains("shape=[2, 3]"))
        #expect(message { try Tensor.zeros([0]).max() }.contains("empty"))
    }
}
