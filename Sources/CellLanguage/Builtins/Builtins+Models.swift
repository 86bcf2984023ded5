import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// Models: `Sequential(_:name:)`, the functional `Model(inputs:outputs:name:)`, and their
    /// methods with Keras's names in Swift idiom — `add`, `compile`, `fit`, `evaluate`,
    /// `predict`, `summary`, `getLayer(named:)`, `getWeights`/`setWeights`, `layerStatistics`;
    /// `History` with `history`, `epoch`, `params` and `history["loss"]`.
    func registerModels() {
        let sequential = Builtin(
            "Sequential", [.positional(true), .labeled("name", defaulted: true)]
        ) { inv in
            let layers = inv.value(0) == nil ? [] : try inv.layers(0)
            let name = try inv.optionalString(1)
            return .object(
                ModelBox(try Self.tensorCall(inv) { try Sequential(layers, name: name) }))
        }
        types["Sequential"] = BuiltinType("Sequential", initializers: [sequential])
        let functional = Builtin(
            "Model", [.labeled("inputs"), .labeled("outputs"), .labeled("name", defaulted: true)]
        ) { inv in
            let inputs = try inv.symbolics(0)
            let outputs = try inv.symbolics(1)
            let name = try inv.optionalString(2)
            return .object(
                ModelBox(
                    try Self.tensorCall(inv) {
                        try Model(inputs: inputs, outputs: outputs, name: name)
                    }))
        }
        types["Model"] = BuiltinType("Model", initializers: [functional])
        registerModelMethods()
        registerHistoryMembers()
    }

    private func registerModelMethods() {
        func method(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (Model, inout Invocation) throws -> Value
        ) -> Builtin {
            Builtin(name, parameters) { inv in
                guard case .object(let o as ModelBox) = inv.receiver else { return .void }
                return try body(o.model, &inv)
            }
        }
        var methods: [String: [Builtin]] = [:]
        methods["add"] = [
            method("add", [.positional()]) { model, inv in
                guard let s = model as? Sequential else {
                    throw RuntimeError("only a Sequential model has add(_:)", at: inv.callRange)
                }
                let layer = try inv.layer(0)
                try Self.tensorCall(inv) { try s.add(layer) }
                return .void
            }
        ]
        methods["pop"] = [
            method("pop", []) { model, inv in
                guard let s = model as? Sequential else {
                    throw RuntimeError("only a Sequential model has pop()", at: inv.callRange)
                }
                try Self.tensorCall(inv) { try s.pop() }
                return .void
            }
        ]
        methods["compile"] = [
            // Keras's `compile(loss=…, loss_weights=…)`: one loss, or a list with one per output.
            method(
                "compile",
                [
                    .labeled("loss"), .labeled("lossWeights", defaulted: true),
                    .labeled("optimizer", defaulted: true), .labeled("metrics", defaulted: true),
                ]
            ) { model, inv in
                let value = inv.value(0) ?? .void
                let losses: [LossChoice]
                if case .array(let items) = value {
                    losses = try items.map { try Self.lossChoice($0, inv, 0) }
                } else {
                    losses = [try Self.lossChoice(value, inv, 0)]
                }
                let weights = try inv.optionalDoubles(1)?.map { Float($0) }
                let optimizer = try Self.optimizer(inv, 2)
                let metrics = try Self.metricChoices(inv, 3)
                try Self.tensorCall(inv) {
                    try model.compile(
                        losses: losses, lossWeights: weights, optimizer: optimizer, metrics: metrics
                    )
                }
                return .void
            },
            method(
                "compile",
                [
                    .labeled("losses"), .labeled("lossWeights", defaulted: true),
                    .labeled("optimizer", defaulted: true), .labeled("metrics", defaulted: true),
                ]
            ) { model, inv in
                let losses = try inv.array(0).map { try Self.lossChoice($0, inv, 0) }
                let weights = try inv.optionalDoubles(1)?.map { Float($0) }
                let optimizer = try Self.optimizer(inv, 2)
                let metrics = try Self.metricChoices(inv, 3)
                try Self.tensorCall(inv) {
                    try model.compile(
                        losses: losses, lossWeights: weights, optimizer: optimizer, metrics: metrics
                    )
                }
                return .void
            },
        ]
        methods["fit"] = [
            method(
                "fit",
                [
                    .positional(), .positional(), .labeled("epochs", defaulted: true),
                    .labeled("batchSize", defaulted: true),
                    .labeled("validationData", defaulted: true),
                    .labeled("validationSplit", defaulted: true),
                    .labeled("shuffle", defaulted: true), .labeled("classWeight", defaulted: true),
                    .labeled("sampleWeight", defaulted: true),
                    .labeled("initialEpoch", defaulted: true),
                    .labeled("callbacks", defaulted: true), .labeled("verbose", defaulted: true),
                    .labeled("terminateOnNaN", defaulted: true),
                ]
            ) { model, inv in
                let x = try inv.dataList(0)
                let y = try inv.dataList(1)
                let epochs = try inv.optionalInt(2) ?? 1
                let batchSize = try inv.optionalInt(3) ?? 32
                var validation: ([Tensor], [Tensor])?
                if let v = inv.value(4) {
                    guard case .tuple(let items, _) = v, items.count == 2 else {
                        throw inv.mismatch(4, expected: "a tuple (x, y)")
                    }
                    validation = (
                        try Self.dataList(items[0], inv.range(4)),
                        try Self.dataList(items[1], inv.range(4))
                    )
                }
                let split = inv.value(5) == nil ? 0 : try inv.double(5)
                let shuffle = inv.value(6) == nil ? true : try inv.bool(6)
                var classWeight: [Int: Double]?
                if case .dictionary(let d, _)? = inv.value(7) {
                    var w: [Int: Double] = [:]
                    for (k, v) in d {
                        guard case .int(let c) = k.value else {
                            throw inv.mismatch(7, expected: "[Int: Double]")
                        }
                        switch v {
                        case .double(let x): w[c] = x
                        case .int(let n): w[c] = Double(n)
                        default: throw inv.mismatch(7, expected: "[Int: Double]")
                        }
                    }
                    classWeight = w
                }
                let sampleWeight = inv.value(8) == nil ? nil : try inv.data(8)
                let initialEpoch = try inv.optionalInt(9) ?? 0
                var callbacks =
                    inv.value(10) == nil
                    ? [] : try inv.array(10).map { try Self.callback($0, inv, 10) }
                let verbose = try inv.optionalInt(11) ?? 1
                let terminateOnNaN = inv.value(12) == nil ? true : try inv.bool(12)
                let interpreter = inv.interpreter
                let range = inv.callRange
                callbacks.append(CellDeadline(interpreter: interpreter, range: range))
                if let report = interpreter.registry.trainingProgress {
                    callbacks.append(ProgressReporter(report))
                }
                model.log = { interpreter.write($0 + "\n") }
                model.logsElapsedTime = interpreter.registry.showsTimings
                let history = try Self.tensorCall(inv) {
                    try model.fit(
                        inputs: x, targets: y, epochs: epochs, batchSize: batchSize,
                        validationData: validation,
                        validationSplit: split, shuffle: shuffle, classWeight: classWeight,
                        sampleWeight: sampleWeight,
                        initialEpoch: initialEpoch, callbacks: callbacks, verbose: verbose,
                        terminateOnNaN: terminateOnNaN)
                }
                return .object(HistoryBox(history))
            }
        ]
        methods["evaluate"] = [
            method(
                "evaluate",
                [
                    .positional(), .positional(), .labeled("batchSize", defaulted: true),
                    .labeled("verbose", defaulted: true),
                ]
            ) { model, inv in
                let x = try inv.dataList(0)
                let y = try inv.dataList(1)
                let batchSize = try inv.optionalInt(2) ?? 32
                let verbose = try inv.optionalInt(3) ?? 0
                let interpreter = inv.interpreter
                model.log = { interpreter.write($0 + "\n") }
                return .object(
                    EvaluationBox(
                        try Self.tensorCall(inv) {
                            try model.evaluate(
                                inputs: x, targets: y, batchSize: batchSize, verbose: verbose)
                        }))
            }
        ]
        methods["predict"] = [
            method("predict", [.positional(), .labeled("batchSize", defaulted: true)]) {
                model, inv in
                let x = try inv.dataList(0)
                let batchSize = try inv.optionalInt(1) ?? 32
                let outputs = try Self.tensorCall(inv) {
                    try model.predict(inputs: x, batchSize: batchSize)
                }
                return outputs.count == 1
                    ? Self.box(outputs[0]) : .array(outputs.map { Self.box($0) })
            }
        ]
        // Keras's summary() prints its table wherever it is called.
        methods["summary"] = [
            method("summary", []) { model, inv in
                let text = try Self.tensorCall(inv) { model.summary().text }
                inv.interpreter.write(text.hasSuffix("\n") ? text : text + "\n")
                return .void
            }
        ]
        methods["getWeights"] = [
            method("getWeights", []) { model, _ in .array(model.getWeights().map { Self.box($0) }) }
        ]
        methods["setWeights"] = [
            method("setWeights", [.positional()]) { model, inv in
                let weights = try inv.array(0).map { v -> Tensor in
                    guard case .object(let t as TensorBox) = v else {
                        throw inv.mismatch(0, expected: "[Tensor]")
                    }
                    return t.tensor
                }
                try Self.tensorCall(inv) { try model.setWeights(weights) }
                return .void
            }
        ]
        methods["getLayer"] = [
            method("getLayer", [.labeled("named")]) { model, inv in
                let name = try inv.string(0)
                return Self.layerValue(try Self.tensorCall(inv) { try model.getLayer(named: name) })
            },
            method("getLayer", [.labeled("index")]) { model, inv in
                let index = try inv.int(0)
                return Self.layerValue(
                    try Self.tensorCall(inv) { try model.getLayer(index: index) })
            },
        ]
        methods["layerStatistics"] = [
            method("layerStatistics", [.positional(), .positional()]) { model, inv in
                let x = try inv.data(0)
                let y = try inv.data(1)
                let stats = try Self.tensorCall(inv) { try model.layerStatistics(x, y) }
                return .array(
                    stats.map { s in
                        .tuple(
                            [
                                .string(s.layer), .string(s.kind), .double(s.activationMean),
                                .double(s.activationStandardDeviation),
                                .double(s.kernelGradientNorm),
                            ],
                            labels: ["layer", "kind", "mean", "standardDeviation", "gradientNorm"])
                    })
            }
        ]
        let all = methods
        objectMethods.append { value in
            guard case .object(let o) = value, o is ModelBox else { return [:] }
            return all
        }
        let call = Builtin(
            "callAsFunction", [.positional(), .labeled("training", defaulted: true)]
        ) { inv in
            guard case .object(let o as ModelBox) = inv.receiver else { return .void }
            let x = try inv.data(0)
            let training = inv.value(1) == nil ? false : try inv.bool(1)
            return Self.box(try Self.tensorCall(inv) { try o.model(x, training: training) })
        }
        objectCalls.append { value in
            guard case .object(let o) = value, o is ModelBox else { return nil }
            return [call]
        }
        objectProperties.append { name, value in
            guard case .object(let o as ModelBox) = value else { return nil }
            let model = o.model
            switch name {
            case "name": return .string(model.name)
            case "layers": return .array(model.layers.map { Self.layerValue($0) })
            case "trainableWeights":
                return .array(model.layers.flatMap(\.trainableWeights).map { Self.box($0) })
            case "nonTrainableWeights":
                return .array(model.layers.flatMap(\.nonTrainableWeights).map { Self.box($0) })
            case "parameterCount": return .int(model.parameterCount)
            case "trainableParameterCount": return .int(model.trainableParameterCount)
            case "nonTrainableParameterCount": return .int(model.nonTrainableParameterCount)
            case "stopTraining": return .bool(model.stopTraining)
            case "epochsTrained": return .int(model.epochsTrained)
            case "history":
                return model.history.map { .some(.object(HistoryBox($0))) } ?? Value.none
            case "isBuilt": return .bool(model.isBuilt)
            case "optimizer": return model.compiled.map { .object(OptimizerBox($0.optimizer)) }
            default: return nil
            }
        }
        propertySetters.append { name, base, range, body in
            guard case .object(let o as ModelBox) = base, name == "stopTraining" else {
                return false
            }
            var v: Value = .bool(o.model.stopTraining)
            try body(&v)
            guard case .bool(let b) = v else {
                throw RuntimeError(
                    "cannot assign value of type '\(v.typeName)' to type 'Bool'", at: range)
            }
            o.model.stopTraining = b
            return true
        }
    }

    /// A loss written `"mse"`, `.mse`, or as a value (`Huber(delta: 2)`).
    static func lossChoice(_ v: Value, _ inv: Invocation, _ i: Int) throws -> LossChoice {
        switch v {
        case .string(let name): return .named(name)
        case .object(let o as LossBox): return .loss(o.loss)
        case .symbol(let name):
            let names = [
                "mse": "mse", "mae": "mae", "huber": "huber",
                "binaryCrossentropy": "binary_crossentropy",
                "categoricalCrossentropy": "categorical_crossentropy",
                "sparseCategoricalCrossentropy": "sparse_categorical_crossentropy",
            ]
            if let n = names[name] { return .named(n) }
        default: break
        }
        throw inv.mismatch(
            i, expected: "a loss (\"mse\", .sparseCategoricalCrossentropy, Huber(delta:) …)")
    }

    /// `compile(metrics:)`: identifiers (`"accuracy"`) and metric values
    /// (`BinaryAccuracy(threshold: 0.7)`); none when not given.
    static func metricChoices(_ inv: Invocation, _ i: Int) throws -> [MetricChoice] {
        guard inv.value(i) != nil else { return [] }
        return try inv.array(i).map { v in
            switch v {
            case .string(let name): return .named(name)
            case .object(let o as MetricBox): return .metric(o.metric)
            default: throw inv.mismatch(i, expected: "[String] or [Metric]")
            }
        }
    }

    /// Data given as one tensor or an array of tensors.
    static func dataList(_ v: Value, _ range: SourceRange) throws -> [Tensor] {
        if case .array(let items) = v,
            items.contains(where: {
                if case .object(_ as TensorBox) = $0 { return true } else { return false }
            })
        {
            return try items.map { try Invocation.dataTensor($0, at: range) }
        }
        return [try Invocation.dataTensor(v, at: range)]
    }
}

/// Stops `fit` when the cell runs past its time limit, between batches.
final class CellDeadline: Callback {
    let interpreter: Interpreter
    let range: SourceRange

    init(interpreter: Interpreter, range: SourceRange) {
        self.interpreter = interpreter
        self.range = range
    }

    override func onTrainBatchEnd(_ batch: Int, logs: [String: Double]) throws {
        try interpreter.tick(range)
    }
}
