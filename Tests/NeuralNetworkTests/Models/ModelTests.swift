import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

/// A small labelled problem: three Gaussian blobs in the plane.
func threeBlobs(_ n: Int = 300, seed: UInt64 = 3) throws -> (x: Tensor, y: Tensor) {
    let data = try SyntheticData.blobs(count: n, centerCount: 3, standardDeviation: 0.6, seed: seed)
    return (data.x, Tensor(data.labels.map(Float.init)))
}

@Suite struct ModelTests {
    @Test func sequentialCountsParametersAsKeras() throws {
        let model = try Sequential([
            Input(shape: [784]), Dense(300, activation: .relu), Dense(100, activation: .relu),
            Dense(10, activation: .softmax),
        ])
        #expect(model.isBuilt)
        #expect(model.layers.count == 3)
        #expect(model.parameterCount == 266_610)
        #expect(model.trainableParameterCount == 266_610)
        model.layers[0].trainable = false
        #expect(model.trainableParameterCount == 31_110)
        #expect(model.nonTrainableParameterCount == 235_500)
    }

    @Test func summaryPrintsKerasTable() throws {
        // Explicit names: tests run in parallel, so default names depend on what other tests made.
        let model = try Sequential(
            [
                Input(shape: [4]), Dense(3, activation: .relu, name: "dense"),
                Dense(2, activation: .softmax, name: "dense_1"),
            ],
            name: "tiny")
        let expected = """
            Model: "tiny"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
            ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
            │ dense (Dense)                   │ (None, 3)              │            15 │
            ├─────────────────────────────────┼────────────────────────┼───────────────┤
            │ dense_1 (Dense)                 │ (None, 2)              │             8 │
            └─────────────────────────────────┴────────────────────────┴───────────────┘
             Total params: 23 (92.00 B)
             Trainable params: 23 (92.00 B)
             Non-trainable params: 0 (0.00 B)
            """
        #expect(model.summary().text == expected)
        #expect(ModelSummary.grouped(1_234_567) == "1,234,567")
        #expect(ModelSummary.bytes(266_610) == "1.02 MB")
    }

    @Test func sequentialWithoutInputIsBuiltByItsFirstBatch() throws {
        let model = try Sequential([Dense(5, activation: .tanh), Dense(1)])
        #expect(!model.isBuilt)
        let y = try model.predict(try Tensor(shape: [7, 3], repeating: 0.5))
        #expect(y.shape == [7, 1])
        #expect(model.isBuilt && model.parameterCount == 3 * 5 + 5 + 6)
        #expect(throws: TensorError.self) { try model.add(Input(shape: [3])) }
    }

    /// One step of plain SGD on MSE, against the gradient written out by hand:
    /// L = (1/(N·U)) Σ (XW + b − Y)², ∂L/∂W = (2/(N·U)) Xᵀ(XW + b − Y), ∂L/∂b = (2/(N·U)) Σₙ(…).
    @Test func sgdStepMatchesHandGradient() throws {
        let dense = try Dense(2, name: "lin")
        let model = try Sequential([Input(shape: [3]), dense])
        let w0: [[Float]] = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]
        let b0: [Float] = [0.05, -0.05]
        try dense.setWeights([Tensor(w0), Tensor(b0)])
        let x: [[Float]] = [[1, 2, 3], [-1, 0.5, 2], [0, -1, 1], [2, 1, 0]]
        let y: [[Float]] = [[1, 0], [0, 1], [0.5, 0.5], [-1, 2]]
        let lr: Float = 0.1
        try model.compile(loss: "mse", optimizer: SGD(learningRate: lr))
        let history = try model.fit(
            Tensor(x), Tensor(y), epochs: 1, batchSize: 4, shuffle: false, verbose: 0)
        // By hand, in Double.
        var residual = [[Double]](repeating: [0, 0], count: 4)
        var loss = 0.0
        for n in 0..<4 {
            for u in 0..<2 {
                var p = Double(b0[u])
                for i in 0..<3 { p += Double(x[n][i]) * Double(w0[i][u]) }
                residual[n][u] = p - Double(y[n][u])
                loss += residual[n][u] * residual[n][u] / 8
            }
        }
        let w = try dense.getWeights()[0].scalars
        let b = dense.getWeights()[1].scalars
        for i in 0..<3 {
            for u in 0..<2 {
                var g = 0.0
                for n in 0..<4 { g += 2.0 / 8 * Double(x[n][i]) * residual[n][u] }
                #expect(abs(Double(w[i * 2 + u]) - (Double(w0[i][u]) - Double(lr) * g)) < 1e-6)
            }
        }
        for u in 0..<2 {
            let g = (0..<4).reduce(0.0) { $0 + 2.0 / 8 * residual[$1][u] }
            #expect(abs(Double(b[u]) - (Double(b0[u]) - Double(lr) * g)) < 1e-6)
        }
        #expect(abs(history["loss"][0] - loss) < 1e-6)
        #expect(history.keys == ["loss"])
        #expect(history.params == ["epochs": 1, "steps": 1, "verbose": 0])
    }

    @Test func trainsAClassifierWithValidation() throws {
        let (x, y) = try threeBlobs()
        let model = try Sequential([
            Input(shape: [2]),
            Dense(16, activation: .relu, kernelInitializer: VarianceScaling.glorotUniform(seed: 7)),
            Dense(
                3, activation: .softmax, kernelInitializer: VarianceScaling.glorotUniform(seed: 8)),
        ])
        try model.compile(
            loss: "sparse_categorical_crossentropy", optimizer: SGD(learningRate: 0.1),
            metrics: ["accuracy"])
        let history = try model.fit(
            x, y, epochs: 8, batchSize: 16, validationSplit: 0.2, verbose: 0)
        #expect(history.keys == ["loss", "accuracy", "val_loss", "val_accuracy"])
        #expect(history.epoch == Array(0..<8))
        #expect(history["params"].isEmpty)
        #expect(history.params["steps"] == 15)  // 240 training samples in batches of 16
        #expect(history["loss"].last! < history["loss"].first!)
        #expect(history["val_accuracy"].last! > 0.9)
        let result = try model.evaluate(x, y)
        #expect(result.keys == ["loss", "accuracy"])
        #expect(result["accuracy"] > 0.9)
        // predict in batches equals one pass.
        let all = try model.predict(x, batchSize: 1000)
        let batched = try model.predict(x, batchSize: 7)
        #expect(all.shape == [300, 3])
        #expect(zip(all.scalars, batched.scalars).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    /// The fused Dense-stack path and the general autodiff path train the same numbers.
    @Test func fusedAndGeneralPathsAgree() throws {
        let (x, y) = try threeBlobs(96)
        func run(forceGeneral: Bool) throws -> (History, [Tensor]) {
            // Seeded kernels: ModelSeeds is shared with tests running in parallel.
            let model = try Sequential([
                Input(shape: [2]),
                Dense(
                    8, activation: .relu, kernelInitializer: VarianceScaling.glorotUniform(seed: 11)
                ),
                Dense(
                    3, activation: .softmax,
                    kernelInitializer: VarianceScaling.glorotUniform(seed: 12)),
            ])
            try model.compile(
                loss: "sparse_categorical_crossentropy", optimizer: SGD(learningRate: 0.05),
                metrics: ["accuracy"])
            // All-ones sample weights change nothing but force the general path.
            let weights = forceGeneral ? try Tensor(shape: [96], repeating: 1) : nil
            let h = try model.fit(
                x, y, epochs: 3, batchSize: 32, shuffle: false, sampleWeight: weights, verbose: 0)
            #expect(model.lastFitWasFused == !forceGeneral)
            return (h, model.getWeights())
        }
        let (fused, fusedWeights) = try run(forceGeneral: false)
        let (general, generalWeights) = try run(forceGeneral: true)
        for key in ["loss", "accuracy"] {
            for (a, b) in zip(fused[key], general[key]) { #expect(abs(a - b) < 1e-5) }
        }
        for (a, b) in zip(fusedWeights, generalWeights) {
            #expect(zip(a.scalars, b.scalars).allSatisfy { abs($0 - $1) < 1e-5 })
        }
    }

    @Test func functionalModelWithTwoOutputsReportsEachLoss() throws {
        ModelSeeds.setSeed(5)
        let input = try Input(shape: [2], name: "input_layer")
        let hidden = try Dense(8, activation: .relu, name: "dense")(input)
        let main = try Dense(3, activation: .softmax, name: "main")(hidden)
        let aux = try Dense(1, name: "aux")(hidden)
        let model = try Model(inputs: [input], outputs: [main, aux])
        #expect(model.layers.map(\.name) == ["input_layer", "dense", "main", "aux"])
        #expect(model.summary().showsConnections)
        #expect(model.summary().rows.last?.connectedTo == ["dense[0][0]"])
        try model.compile(
            losses: [.named("sparse_categorical_crossentropy"), .named("mse")],
            lossWeights: [0.9, 0.1], optimizer: SGD(learningRate: 0.05), metrics: [])
        let (x, y) = try threeBlobs(60)
        let target2 = try x.sum(alongAxis: 1, keepDims: true)
        let h = try model.fit(
            inputs: [x], targets: [y, target2], epochs: 2, batchSize: 20, shuffle: false,
            verbose: 0)
        #expect(h.keys == ["loss", "main_loss", "aux_loss"])
        for e in 0..<2 {
            #expect(abs(h["loss"][e] - (0.9 * h["main_loss"][e] + 0.1 * h["aux_loss"][e])) < 1e-5)
        }
        let out = try model.predict(inputs: [x])
        #expect(out.map(\.shape) == [[60, 3], [60, 1]])
    }

    @Test func callbacksSeeEveryHookAndCanStopTraining() throws {
        let (x, y) = try threeBlobs(40)
        let model = try Sequential([Input(shape: [2]), Dense(3, activation: .softmax)])
        try model.compile(loss: "sparse_categorical_crossentropy")
        var events: [String] = []
        let recorder = LambdaCallback(
            onTrainBegin: { _ in events.append("train") },
            onTrainEnd: { _ in events.append("end") },
            onEpochBegin: { e, _ in events.append("e\(e)") },
            onEpochEnd: { e, logs in
                events.append("E\(e):\(logs["loss"] != nil)")
                if e == 1 { model.stopTraining = true }
            },
            onBatchEnd: { b, _ in events.append("b\(b)") })
        let h = try model.fit(
            x, y, epochs: 5, batchSize: 20, callbacks: [recorder], verbose: 0)
        #expect(
            events == ["train", "e0", "b0", "b1", "E0:true", "e1", "b0", "b1", "E1:true", "end"])
        #expect(h.epoch == [0, 1])
        // Resuming: a second fit continues from the weights, epochs counted from initialEpoch.
        let h2 = try model.fit(x, y, epochs: 4, batchSize: 20, initialEpoch: 2, verbose: 0)
        #expect(h2.epoch == [2, 3])
        #expect(model.epochsTrained == 4)
    }

    @Test func classWeightsScaleEachSamplesLoss() throws {
        let y = Tensor([0, 1, 1, 2])
        let w = try Model.classSampleWeights(y, [1: 3, 2: 0.5], existing: nil)
        #expect(w.scalars == [1, 3, 3, 0.5])
        let oneHot = try Tensor([[0, 1], [1, 0]])
        #expect(
            try Model.classSampleWeights(oneHot, [0: 2], existing: Tensor([1, 5])).scalars == [
                1, 10,
            ])
    }

    @Test func errorsAreThrownNotCrashes() throws {
        let model = try Sequential([Input(shape: [2]), Dense(1)])
        let x = try Tensor(shape: [4, 2], repeating: 1)
        let y = try Tensor(shape: [4, 1], repeating: 1)
        #expect(throws: TrainingError.notCompiled(model: model.name)) {
            try model.fit(x, y, verbose: 0)
        }
        try model.compile(loss: "mse", optimizer: SGD(learningRate: 1e30))
        #expect(throws: TrainingError.self) {
            try model.fit(x, try Tensor(shape: [3, 1], repeating: 1), verbose: 0)
        }
        #expect(throws: TrainingError.self) { try model.fit(x, y, batchSize: 0, verbose: 0) }
        #expect(throws: TrainingError.self) { try model.fit(x, y, validationSplit: 1, verbose: 0) }
        #expect(throws: TensorError.self) {
            try model.fit(try Tensor(shape: [4, 3], repeating: 1), y, verbose: 0)
        }
        // A huge learning rate makes the loss overflow: a located, explained error.
        let big = try Tensor(shape: [4, 2], repeating: 1e10)
        #expect {
            try model.fit(big, y, epochs: 3, batchSize: 1, verbose: 0)
        } throws: { error in
            guard case TrainingError.nonFiniteLoss = error else { return false }
            return "\(error)".contains("lower the learning rate")
        }
        #expect(throws: TensorError.self) { try model.compile(loss: "msee") }
        #expect(throws: TensorError.self) { try model.getLayer(named: "nope") }
    }

    @Test func verboseFitWritesOneLinePerEpoch() throws {
        let (x, y) = try threeBlobs(30)
        let model = try Sequential([Input(shape: [2]), Dense(3, activation: .softmax)])
        try model.compile(loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
        var lines: [String] = []
        model.log = { lines.append($0) }
        try model.fit(x, y, epochs: 2, batchSize: 10)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Epoch 1/2 - 3 steps - "))
        #expect(lines[1].contains(" - loss: ") && lines[1].contains(" - accuracy: "))
    }
}
