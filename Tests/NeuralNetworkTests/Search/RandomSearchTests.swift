import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct RandomSearchTests {
    @Test func spaceDrawsFromEachDomain() throws {
        var space = SearchSpace()
        try space.intRange("layers", 0...3)
        try space.logUniform("lr", 1e-4...1e-1)
        try space.uniform("dropout", 0.1...0.5)
        try space.choice("activation", ["relu", "selu"])
        #expect(throws: TrainingError.self) { try space.intRange("layers", 1...2) }
        #expect(throws: TrainingError.self) { try space.logUniform("bad", 0...1) }
        #expect(throws: TrainingError.self) { try space.choice("empty", [Int]()) }
        var g = RandomGenerator(seed: 9)
        var layerCounts = [Int](repeating: 0, count: 4)
        var logSum = 0.0
        var activations: Set<String> = []
        let n = 20_000
        for _ in 0..<n {
            let hp = space.sample(using: &g)
            layerCounts[try hp.int("layers")] += 1
            let lr = try hp.double("lr")
            #expect(lr >= 1e-4 && lr <= 1e-1)
            logSum += log10(lr)
            let d = try hp.double("dropout")
            #expect(d >= 0.1 && d <= 0.5)
            activations.insert(try hp.string("activation"))
        }
        // Each integer about a quarter of the draws; log10(lr) uniform on [−4, −1], mean −2.5.
        #expect(layerCounts.allSatisfy { abs(Double($0) / Double(n) - 0.25) < 0.02 })
        #expect(abs(logSum / Double(n) + 2.5) < 0.03)
        #expect(activations == ["relu", "selu"])
        let hp = space.sample(using: &g)
        #expect(throws: TrainingError.self) { try hp.int("lr") }
        #expect(throws: TrainingError.self) { try hp.double("missing") }
    }

    @Test func searchTrainsEveryTrialAndSortsByScore() throws {
        let data = try SyntheticData.blobs(
            count: 120, centerCount: 3, standardDeviation: 0.6, seed: 4)
        let x = data.x
        let y = Tensor(data.labels.map(Float.init))
        var space = SearchSpace()
        try space.intRange("units", 2...16)
        try space.logUniform("learningRate", 1e-3...0.3)
        var built: [String] = []
        let search = RandomSearch(space: space, trials: 4, objective: "val_accuracy", seed: 1) {
            hp in
            built.append("\(hp)")
            let model = try Sequential([
                Input(shape: [2]), Dense(try hp.int("units"), activation: .relu),
                Dense(3, activation: .softmax),
            ])
            try model.compile(
                loss: "sparse_categorical_crossentropy",
                optimizer: SGD(learningRate: Float(try hp.double("learningRate"))),
                metrics: ["accuracy"])
            return model
        }
        let results = try search.run(x, y, epochs: 3, batchSize: 16, validationSplit: 0.25)
        #expect(results.trials.count == 4 && built.count == 4)
        let scores = results.sorted.map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(results.best?.score == scores.first)
        for trial in results.trials {
            #expect(trial.score == trial.history["val_accuracy"].max())
        }
        let lines = results.table.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(
            lines[0].split(separator: " ") == ["trial", "units", "learningRate", "val_accuracy"])
        let byUnits = results.sorted(by: "units").map { try! $0.hyperparameters.int("units") }
        #expect(byUnits == byUnits.sorted())
        let bad = RandomSearch(space: space, trials: 1, objective: "val_auc") { _ in
            let m = try Sequential([Input(shape: [2]), Dense(3, activation: .softmax)])
            try m.compile(loss: "sparse_categorical_crossentropy")
            return m
        }
        #expect(throws: TrainingError.self) { try bad.run(x, y, validationSplit: 0.25) }
    }
}
