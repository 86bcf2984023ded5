import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// The methods of `Sequential` and functional models, with Keras's names (`add`, `compile`,
    /// `fit`, `evaluate`, `predict`, `summary`, `getLayer`, `getWeights`/`setWeights` …).
    func registerModelMethods() {
        var methods: [String: [Builtin]] = [:]
        methods["add"] = [
            modelMethod("add", [.positional()]) { model, inv in
                guard let s = model as? Sequential else {
                    throw RuntimeError("only a Sequential model has add(_:)", at: inv.callRange)
                }
                let layer = try inv.layer(0)
                try Self.tensorCall(inv) { try s.add(layer) }
                return .void
            }
        ]
        methods["pop"] = [
            modelMethod("pop", []) { model, inv in
                guard let s = model as? Sequential else {
                    throw RuntimeError("only a Sequential model has pop()", at: inv.callRange)
                }
                try Self.tensorCall(inv) { try s.pop() }
                return .void
            }
        ]
        methods["compile"] = [
            // Keras's `compile(loss=…, loss_weights=…)`: one loss, or a list with one per output.
            modelMethod(
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
                return try Self.compile(model, losses: losses, inv)
            },
            modelMethod(
                "compile",
                [
                    .labeled("losses"), .labeled("lossWeights", defaulted: true),
                    .labeled("optimizer", defaulted: true), .labeled("metrics", defaulted: true),
                ]
            ) { model, inv in
                let losses = try inv.array(0).map { try Self.lossChoice($0, inv, 0) }
                return try Self.compile(model, losses: losses, inv)
            },
        ]
        methods["fit"] = [
            modelMethod(
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
            modelMethod(
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
            modelMethod("predict", [.positional(), .labeled("batchSize", defaulted: true)]) {
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
            modelMethod("summary", []) { model, inv in
                let text = try Self.tensorCall(inv) { model.summary().text }
                inv.interpreter.write(text.hasSuffix("\n") ? text : text + "\n")
                return .void
            }
        ]
        methods["getWeights"] = [
            modelMethod("getWeights", []) { model, _ in
                .array(model.getWeights().map { Self.box($0) })
            }
        ]
        methods["setWeights"] = [
            modelMethod("setWeights", [.positional()]) { model, inv in
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
            modelMethod("getLayer", [.labeled("named")]) { model, inv in
                let name = try inv.string(0)
                return Self.layerValue(try Self.tensorCall(inv) { try model.getLayer(named: name) })
            },
            modelMethod("getLayer", [.labeled("index")]) { model, inv in
                let index = try inv.int(0)
                return Self.layerValue(
                    try Self.tensorCall(inv) { try model.getLayer(index: index) })
            },
        ]
        methods["layerStatistics"] = [
            modelMethod("layerStatistics", [.positional(), .positional()]) { model, inv in
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
    }
}

extension BuiltinRegistry {
    /// A method of `Sequential` and functional models: `body` gets the receiver's model.
    func modelMethod(
        _ name: String, _ parameters: [BuiltinParameter],
        _ body: @escaping (Model, inout Invocation) throws -> Value
    ) -> Builtin {
        Builtin(name, parameters) { inv in
            guard case .object(let o as ModelBox) = inv.receiver else { return .void }
            return try body(o.model, &inv)
        }
    }

    /// Both `compile` forms once their losses are read: the loss weights, optimizer and
    /// metrics of arguments 1–3, then the model compiled.
    static func compile(
        _ model: Model, losses: [LossChoice], _ inv: Invocation
    ) throws -> Value {
        let weights = try inv.optionalDoubles(1)?.map { Float($0) }
        let optimizer = try Self.optimizer(inv, 2)
        let metrics = try Self.metricChoices(inv, 3)
        try Self.tensorCall(inv) {
            try model.compile(
                losses: losses, lossWeights: weights, optimizer: optimizer, metrics: metrics)
        }
        return .void
    }
}
