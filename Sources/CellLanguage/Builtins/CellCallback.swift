import Diagnostics
import NeuralNetwork

/// A cell's subclass of `Callback`, seen by the engine: each hook the class overrides
/// (`onEpochEnd(_:logs:)` …) runs the cell's method, after the instance's `model` and `params`
/// properties are set to the model being trained and its parameters.
final class CellCallback: Callback {
    let instance: Instance
    let interpreter: Interpreter
    /// Where the callback was passed to `fit`, for errors raised by its methods.
    let range: SourceRange

    init(instance: Instance, interpreter: Interpreter, range: SourceRange) {
        self.instance = instance
        self.interpreter = interpreter
        self.range = range
    }

    /// Runs the cell's method `name`, if the class (or a cell superclass) defines one.
    private func hook(_ name: String, _ values: [Value], labels: [String?]) throws {
        let overloads = instance.type.methods(named: name)
        guard !overloads.isEmpty else { return }
        if let i = instance.type.fieldIndex("model") {
            instance.fields[i] = model.map { .object(ModelBox($0)) } ?? .none
        }
        if let i = instance.type.fieldIndex("params") {
            let keys = params.keys.sorted()
            var d: [DictionaryKey: Value] = [:]
            for key in keys { if let k = DictionaryKey(.string(key)), let v = params[key] { d[k] = .int(v) } }
            instance.fields[i] = .dictionary(d, order: keys.compactMap { DictionaryKey(.string($0)) })
        }
        var receiver: Value = .instance(instance)
        _ = try interpreter.callMethod(
            overloads, receiver: &receiver, values, labels: labels,
            argumentRanges: values.map { _ in range }, literal: values.map { _ in false }, range: range)
    }

    override func onTrainBegin(logs: [String: Double]) throws {
        try hook("onTrainBegin", [BuiltinRegistry.logsValue(logs)], labels: ["logs"])
    }
    override func onTrainEnd(logs: [String: Double]) throws {
        try hook("onTrainEnd", [BuiltinRegistry.logsValue(logs)], labels: ["logs"])
    }
    override func onEpochBegin(_ epoch: Int, logs: [String: Double]) throws {
        try hook("onEpochBegin", [.int(epoch), BuiltinRegistry.logsValue(logs)], labels: [nil, "logs"])
    }
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        try hook("onEpochEnd", [.int(epoch), BuiltinRegistry.logsValue(logs)], labels: [nil, "logs"])
    }
    override func onTrainBatchBegin(_ batch: Int, logs: [String: Double]) throws {
        try hook("onTrainBatchBegin", [.int(batch), BuiltinRegistry.logsValue(logs)], labels: [nil, "logs"])
    }
    override func onTrainBatchEnd(_ batch: Int, logs: [String: Double]) throws {
        try hook("onTrainBatchEnd", [.int(batch), BuiltinRegistry.logsValue(logs)], labels: [nil, "logs"])
    }
}
