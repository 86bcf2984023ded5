import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct CallbackTests {
    /// A built model whose single weight we can read back.
    func scalarModel() throws -> (Sequential, Dense) {
        let dense = try Dense(1, useBias: false)
        let model = try Sequential([Input(shape: [1]), dense])
        try model.compile(loss: "mse", optimizer: SGD(learningRate: 0.1))
        return (model, dense)
    }

    /// Feeds a scripted series of `val_loss` values; each epoch sets the weight to its index.
    func replay(_ callback: Callback, _ values: [Double], model: Model, dense: Dense) throws -> Int
    {
        callback.model = model
        try callback.onTrainBegin(logs: [:])
        var epochs = 0
        for (epoch, v) in values.enumerated() {
            try dense.setWeights([Tensor(shape: [1, 1], scalars: [Float(epoch)])])
            try callback.onEpochEnd(epoch, logs: ["val_loss": v, "val_accuracy": 1 - v])
            epochs += 1
            if model.stopTraining { break }
        }
        try callback.onTrainEnd(logs: [:])
        return epochs
    }

    @Test func earlyStoppingWaitsPatienceEpochsAndRestoresTheBest() throws {
        let (model, dense) = try scalarModel()
        let stop = try EarlyStopping(patience: 2, restoreBestWeights: true)
        let ran = try replay(stop, [0.9, 0.5, 0.6, 0.55, 0.4], model: model, dense: dense)
        #expect(ran == 4)  // best at epoch 1; epochs 2 and 3 do not improve
        #expect(stop.stoppedEpoch == 3)
        #expect(stop.bestEpoch == 1 && stop.best == 0.5)
        #expect(dense.getWeights()[0].scalars == [1])
    }

    @Test func earlyStoppingHonoursMinDeltaAndMode() throws {
        let (model, dense) = try scalarModel()
        // Improvements of 0.005 are below minDelta 0.01: stop after patience 1.
        let stop = try EarlyStopping(monitor: "val_loss", minDelta: 0.01, patience: 1)
        #expect(try replay(stop, [0.5, 0.495, 0.49, 0.3], model: model, dense: dense) == 2)
        // val_accuracy improves upwards in auto mode.
        model.stopTraining = false
        let up = try EarlyStopping(monitor: "val_accuracy", patience: 1)
        #expect(try replay(up, [0.9, 0.8, 0.7, 0.6], model: model, dense: dense) == 4)
        #expect(up.stoppedEpoch == nil)
        #expect(throws: TrainingError.self) { try EarlyStopping(patience: -1) }
    }

    @Test func earlyStoppingNamesTheMissingKey() throws {
        let (model, _) = try scalarModel()
        let x = try Tensor(shape: [4, 1], repeating: 1)
        #expect {
            try model.fit(x, x, epochs: 2, callbacks: [EarlyStopping()], verbose: 0)
        } throws: { error in
            "\(error)".contains("'val_loss'") && "\(error)".contains("validationSplit")
        }
    }

    @Test func reduceLROnPlateauMultipliesTheRate() throws {
        let (model, dense) = try scalarModel()
        let plateau = try ReduceLROnPlateau(factor: 0.5, patience: 2, minLearningRate: 0.02)
        _ = try replay(plateau, [1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9], model: model, dense: dense)
        // Two reductions after epochs 3 and 5 (0.1 → 0.05 → 0.025), the third floored at 0.02.
        #expect(abs((model.compiled?.optimizer.learningRate ?? 0) - 0.02) < 1e-7)
        #expect(throws: TrainingError.self) { try ReduceLROnPlateau(factor: 1) }
    }

    @Test func learningRateSchedulerSetsEachEpochsRate() throws {
        let (model, _) = try scalarModel()
        var seen: [Float] = []
        let scheduler = LearningRateScheduler { epoch, _ in 0.1 * pow(0.5, Float(epoch)) }
        let probe = LambdaCallback(onEpochBegin: { _, _ in
            seen.append(model.compiled?.optimizer.learningRate ?? -1)
        })
        let x = try Tensor(shape: [4, 1], repeating: 1)
        try model.fit(x, x, epochs: 3, callbacks: [scheduler, probe], verbose: 0)
        #expect(seen == [0.1, 0.05, 0.025])
    }

    @Test func csvLoggerWritesAHeaderAndOneRowPerEpoch() throws {
        let (model, _) = try scalarModel()
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("csvlogger-\(UUID().uuidString)")
        let path = dir.appendingPathComponent("log.csv").path
        defer { try? FileManager.default.removeItem(at: dir) }
        let x = try Tensor(shape: [4, 1], repeating: 1)
        try model.fit(
            x, x, epochs: 2, validationData: (x, x), callbacks: [CSVLogger(path)], verbose: 0)
        try model.fit(
            x, x, epochs: 3, initialEpoch: 2, callbacks: [CSVLogger(path, append: true)], verbose: 0
        )
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "epoch,loss,val_loss")
        #expect(lines.dropFirst().map { $0.split(separator: ",")[0] } == ["0", "1", "2"])
        #expect(lines[3].split(separator: ",", omittingEmptySubsequences: false).count == 3)
    }
}
