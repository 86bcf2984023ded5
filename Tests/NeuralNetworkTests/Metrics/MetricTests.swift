import Tensors
import Testing

@testable import NeuralNetwork

/// Expected values by hand; they are also the examples of Keras's documentation.
@Suite struct MetricTests {
    @Test func binaryAccuracy() throws {
        var m = BinaryAccuracy()
        let yTrue = try Tensor([[1], [1], [0], [0]])
        let yPred = try Tensor([[0.98], [1], [0], [0.6]])
        try m.update(yTrue, yPred)
        #expect(m.result == 0.75)
        m.reset()
        try m.update(yTrue, yPred, sampleWeight: Tensor([1, 0, 0, 1]))
        #expect(m.result == 0.5)
        // 0.5 is not above the threshold.
        #expect(try BinaryAccuracy()(Tensor([1, 0]), Tensor([[0.5], [0.5]])) == 0.5)
    }

    @Test func categoricalAccuracy() throws {
        var m = CategoricalAccuracy()
        let yTrue = try Tensor([[0, 0, 1], [0, 1, 0]])
        let yPred = try Tensor([[0.1, 0.9, 0.8], [0.05, 0.95, 0]])
        try m.update(yTrue, yPred)
        #expect(m.result == 0.5)
        m.reset()
        try m.update(yTrue, yPred, sampleWeight: Tensor([0.7, 0.3]))
        #expect(abs(m.result - 0.3) < 1e-7)
    }

    @Test func sparseCategoricalAccuracy() throws {
        var m = SparseCategoricalAccuracy()
        let yPred = try Tensor([[0.1, 0.6, 0.3], [0.05, 0.95, 0]])
        try m.update(Tensor([[2], [1]]), yPred)
        #expect(m.result == 0.5)
        m.reset()
        try m.update(Tensor([2, 1]), yPred, sampleWeight: Tensor([0.7, 0.3]))
        #expect(abs(m.result - 0.3) < 1e-7)
        m.reset()
        try m.update(labels: [1, 1], yPred)
        #expect(m.result == 1)
    }

    @Test func regressionMetrics() throws {
        let yTrue = try Tensor([[0, 1], [0, 0]])
        let yPred = try Tensor([[1, 1], [0, 0]])
        let w = Tensor([1, 0])
        var mae = MeanAbsoluteErrorMetric()
        try mae.update(yTrue, yPred)
        #expect(mae.result == 0.25)
        mae.reset()
        try mae.update(yTrue, yPred, sampleWeight: w)
        #expect(mae.result == 0.5)
        var mse = MeanSquaredErrorMetric()
        try mse.update(yTrue, yPred)
        #expect(mse.result == 0.25)
        var rmse = RootMeanSquaredError()
        try rmse.update(yTrue, yPred)
        #expect(rmse.result == 0.5)
        rmse.reset()
        try rmse.update(yTrue, yPred, sampleWeight: w)
        #expect(abs(rmse.result - 0.5.squareRoot()) < 1e-12)
    }

    /// Over several batches the results are weighted by sample count, and RMSE takes the root
    /// of the accumulated mean (not the mean of per-batch roots).
    @Test func accumulatesAcrossBatches() throws {
        var rmse = RootMeanSquaredError()
        var acc = SparseCategoricalAccuracy()
        try rmse.update(Tensor([[0]]), Tensor([[3]]))  // squared error 9
        try rmse.update(Tensor([[0], [0], [0]]), Tensor([[1], [1], [1]]))  // 1, 1, 1
        #expect(rmse.result == 3.0.squareRoot())  // √(12/4), not (3 + 1)/2
        try acc.update(labels: [0], Tensor([[1, 0]]))
        try acc.update(labels: [0, 0, 0], Tensor([[0, 1], [0, 1], [0, 1]]))
        #expect(acc.result == 0.25)
        #expect(MeanSquaredErrorMetric().result == 0)
    }

    @Test func accuracyIsResolvedLikeKeras() throws {
        func kind(_ t: [Int], _ p: [Int]) -> String {
            String(describing: type(of: Accuracy.resolve(yTrueShape: t, yPredShape: p)))
        }
        #expect(kind([32, 1], [32, 1]) == "BinaryAccuracy")
        #expect(kind([32], [32, 1]) == "BinaryAccuracy")
        #expect(kind([32], [32, 10]) == "SparseCategoricalAccuracy")
        #expect(kind([32, 1], [32, 10]) == "SparseCategoricalAccuracy")
        #expect(kind([32, 10], [32, 10]) == "CategoricalAccuracy")
        let m = try metricNamed("accuracy", yTrueShape: [4], yPredShape: [4, 3])
        #expect(m.name == "accuracy" && m is SparseCategoricalAccuracy)
        #expect(try metricNamed("mae", yTrueShape: [4], yPredShape: [4, 1]).name == "mae")
        #expect(
            try metricNamed("rmse", yTrueShape: [4], yPredShape: [4, 1]) is RootMeanSquaredError)
        #expect(throws: TensorError.self) {
            try metricNamed("f1", yTrueShape: [4], yPredShape: [4])
        }
    }
}
