import Diagnostics
import NeuralNetwork

extension BuiltinRegistry {
    /// Callbacks for `fit(callbacks:)`: `EarlyStopping`, `ReduceLROnPlateau`,
    /// `LearningRateScheduler`, `CSVLogger`, and `LambdaCallback` with cell closures.
    func registerCallbacks() {
        func callbackType(_ name: String, _ parameters: [BuiltinParameter], _ make: @escaping (inout Invocation) throws -> Callback) {
            types[name] = BuiltinType(name, initializers: [Builtin(name, parameters) { inv in
                .object(CallbackBox(try Self.tensorCall(inv) { try make(&inv) }))
            }])
        }
        func mode(_ inv: Invocation, _ i: Int) throws -> MonitorMode {
            guard let v = inv.value(i) else { return .auto }
            guard case .symbol(let name) = v, let m = MonitorMode(rawValue: name) else {
                throw RuntimeError("expected .auto, .min or .max, not \(Formatter.describe(v))", at: inv.range(i))
            }
            return m
        }
        callbackType("EarlyStopping", [
            .labeled("monitor", defaulted: true), .labeled("minDelta", defaulted: true),
            .labeled("patience", defaulted: true), .labeled("mode", defaulted: true),
            .labeled("baseline", defaulted: true), .labeled("restoreBestWeights", defaulted: true),
        ]) { inv in
            try EarlyStopping(
                monitor: try inv.optionalString(0) ?? "val_loss", minDelta: inv.value(1) == nil ? 0 : try inv.double(1),
                patience: try inv.optionalInt(2) ?? 0, mode: try mode(inv, 3),
                baseline: inv.value(4) == nil ? nil : try inv.double(4),
                restoreBestWeights: inv.value(5) == nil ? false : try inv.bool(5))
        }
        callbackType("ReduceLROnPlateau", [
            .labeled("monitor", defaulted: true), .labeled("factor", defaulted: true),
            .labeled("patience", defaulted: true), .labeled("mode", defaulted: true),
            .labeled("minDelta", defaulted: true), .labeled("cooldown", defaulted: true),
            .labeled("minLearningRate", defaulted: true),
        ]) { inv in
            try ReduceLROnPlateau(
                monitor: try inv.optionalString(0) ?? "val_loss", factor: try inv.optionalFloat(1) ?? 0.1,
                patience: try inv.optionalInt(2) ?? 10, mode: try mode(inv, 3),
                minDelta: inv.value(4) == nil ? 1e-4 : try inv.double(4), cooldown: try inv.optionalInt(5) ?? 0,
                minLearningRate: try inv.optionalFloat(6) ?? 0)
        }
        callbackType("CSVLogger", [.positional(), .labeled("separator", defaulted: true), .labeled("append", defaulted: true)]) { [unowned self] inv in
            CSVLogger(
                try pathToWrite(inv, 0), separator: try inv.optionalString(1) ?? ",",
                append: inv.value(2) == nil ? false : try inv.bool(2))
        }
        callbackType("LearningRateScheduler", [.positional()]) { inv in
            let f = try inv.function(0)
            let interpreter = inv.interpreter, range = inv.range(0)
            return LearningRateScheduler { epoch, rate in
                let result = try interpreter.callClosure(f, [.int(epoch), .double(Double(rate))], range: range)
                switch result {
                case .double(let d): return Float(d)
                case .int(let n): return Float(n)
                default:
                    throw RuntimeError("the schedule must return a Double, not '\(result.typeName)'", at: range)
                }
            }
        }
        callbackType("LambdaCallback", [
            .labeled("onTrainBegin", defaulted: true), .labeled("onTrainEnd", defaulted: true),
            .labeled("onEpochBegin", defaulted: true), .labeled("onEpochEnd", defaulted: true),
            .labeled("onBatchBegin", defaulted: true), .labeled("onBatchEnd", defaulted: true),
        ]) { inv in
            let interpreter = inv.interpreter
            func logsHook(_ i: Int) throws -> (([String: Double]) throws -> Void)? {
                guard inv.value(i) != nil else { return nil }
                let f = try inv.function(i), range = inv.range(i)
                return { logs in _ = try interpreter.callClosure(f, [Self.logsValue(logs)], range: range) }
            }
            func indexHook(_ i: Int) throws -> ((Int, [String: Double]) throws -> Void)? {
                guard inv.value(i) != nil else { return nil }
                let f = try inv.function(i), range = inv.range(i)
                return { n, logs in _ = try interpreter.callClosure(f, [.int(n), Self.logsValue(logs)], range: range) }
            }
            return LambdaCallback(
                onTrainBegin: try logsHook(0), onTrainEnd: try logsHook(1), onEpochBegin: try indexHook(2),
                onEpochEnd: try indexHook(3), onBatchBegin: try indexHook(4), onBatchEnd: try indexHook(5))
        }
    }

    /// Training logs as a cell dictionary `[String: Double]`, keys sorted.
    static func logsValue(_ logs: [String: Double]) -> Value {
        let keys = logs.keys.sorted()
        var d: [DictionaryKey: Value] = [:]
        for key in keys { if let k = DictionaryKey(.string(key)), let v = logs[key] { d[k] = .double(v) } }
        return .dictionary(d, order: keys.compactMap { DictionaryKey(.string($0)) })
    }

    /// A callback argument.
    static func callback(_ v: Value, _ inv: Invocation, _ i: Int) throws -> Callback {
        if case .instance(let instance) = v, instance.type.decl.engineBase == "Callback" {
            return CellCallback(instance: instance, interpreter: inv.interpreter, range: inv.range(i))
        }
        guard case .object(let o as CallbackBox) = v else { throw inv.mismatch(i, expected: "[Callback]") }
        return o.callback
    }
}
