import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct PerceptronTests {
    /// The rule traced by hand on three points: (1, 1) → 1, (−1, −1) → 0, (2, 0) → 1, in order.
    /// Epoch 1: (1,1) with w = 0 says 1 (correct); (−1,−1) says 1 (0 ≥ 0), wrong → w = (1, 1),
    /// b = −1; (2,0): 2 − 1 = 1 ≥ 0 → 1, correct. Epoch 2: (1,1): 1; (−1,−1): −3 → 0; (2,0): 1.
    @Test func followsTheRuleStepByStep() throws {
        let p = try Perceptron(shuffle: false, seed: 0)
        try p.fit(try Tensor([[1, 1], [-1, -1], [2, 0]]), [1, 0, 1])
        #expect(p.weights == [1, 1])
        #expect(p.bias == -1)
        #expect(p.mistakesPerEpoch == [1, 0])
        #expect(p.updates == 1 && p.epochs == 2 && p.converged)
        #expect(try p.predict(try Tensor([[3, 3], [-3, 0]])) == [1, 0])
        #expect(try p.decisionFunction(try Tensor([[1, 2]])) == [2])
    }

    @Test func separatesLinearlySeparableDataForEverySeed() throws {
        var g = RandomGenerator(seed: 3)
        var rows: [[Float]] = []
        var labels: [Int] = []
        while rows.count < 200 {
            let (a, b) = (g.uniform(-1, 1), g.uniform(-1, 1))
            let s = 2 * a - b + 0.3
            if abs(s) < 0.05 { continue }  // a margin
            rows.append([a, b])
            labels.append(s > 0 ? 1 : 0)
        }
        let x = try Tensor(shape: [200, 2], scalars: rows.flatMap { $0 })
        for seed in 0..<5 as Range<UInt64> {
            let p = try Perceptron(seed: seed)
            try p.fit(x, labels)
            #expect(p.converged)
            #expect(try p.predict(x) == labels)
        }
    }

    @Test func xorNeverConverges() throws {
        let p = try Perceptron(maxEpochs: 50, seed: 1)
        let x = try Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
        try p.fit(x, [0, 1, 1, 0])
        #expect(!p.converged && p.epochs == 50)
        let right = zip(try p.predict(x), [0, 1, 1, 0]).filter { $0 == $1 }.count
        #expect(right <= 3)
    }

    @Test func badInputIsAnError() throws {
        let p = try Perceptron(seed: 0)
        #expect(throws: TrainingError.self) { try p.fit(try Tensor([[1, 2]]), [2]) }
        #expect(throws: TrainingError.self) { try p.fit(try Tensor([[1, 2]]), [1, 0]) }
        #expect(throws: TrainingError.self) { try p.predict(try Tensor([[1, 2]])) }
        #expect(throws: TrainingError.self) { try Perceptron(learningRate: 0) }
        #expect(throws: TrainingError.self) { try Perceptron(maxEpochs: 0) }
        try p.fit(try Tensor([[1, 2]]), [1])
        #expect(throws: TrainingError.self) { try p.predict(try Tensor([[1, 2, 3]])) }
    }
}
