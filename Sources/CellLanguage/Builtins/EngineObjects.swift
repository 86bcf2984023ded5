import NeuralNetwork
import Plotting
import Tensors

/// A box around an engine object that has an identity of its own: `===` compares the objects
/// inside, so a layer fetched from a model again is identical to the one the cell made.
protocol EngineReference: AnyObject {
    /// The engine object the box stands for.
    var referent: AnyObject { get }
}

/// A layer as a cell value (a reference: the model and the cell share it, as in Keras).
final class LayerBox: DisplayableObject, EngineReference {
    let layer: any Layer
    init(_ layer: any Layer) { self.layer = layer }
    var referent: AnyObject { layer }
    var typeName: String { layer.kind }
    var printedDescription: String {
        "<\(layer.kind) name=\(layer.name), built=\(layer.isBuilt)>"
    }
    var display: Display { .text(printedDescription) }
}

/// A model as a cell value; shown as its summary table.
final class ModelBox: DisplayableObject, EngineReference {
    let model: Model
    init(_ model: Model) { self.model = model }
    var referent: AnyObject { model }
    var typeName: String { model.kind }
    var printedDescription: String { "\(model)" }
    var display: Display { .text(model.summary().text) }
}

/// A symbolic tensor of the functional API.
final class SymbolicBox: DisplayableObject {
    let symbolic: SymbolicTensor
    init(_ symbolic: SymbolicTensor) { self.symbolic = symbolic }
    var typeName: String { "SymbolicTensor" }
    var printedDescription: String { symbolic.description }
    var display: Display { .text(printedDescription) }
}

/// What `fit` returns; shown as its learning curves.
final class HistoryBox: DisplayableObject {
    let history: History
    init(_ history: History) { self.history = history }
    var typeName: String { "History" }
    var printedDescription: String { history.description }
    var display: Display {
        guard let figure = try? Figure.learningCurves(history.history) else {
            return .text(printedDescription)
        }
        return .svg(figure.svg())
    }
}

/// The result of `evaluate`: `result.loss`, `result["accuracy"]`.
final class EvaluationBox: DisplayableObject, SubscriptableObject {
    let evaluation: Evaluation
    init(_ evaluation: Evaluation) { self.evaluation = evaluation }
    var typeName: String { "Evaluation" }
    var printedDescription: String { evaluation.description }
    var display: Display {
        .table(
            header: evaluation.keys,
            rows: [evaluation.keys.map { String(format: "%.4f", evaluation[$0]) }])
    }
    func subscriptValue(_ index: Value) -> Value? {
        guard case .string(let key) = index else { return nil }
        return .double(evaluation[key])
    }
}

/// A callback as a cell value.
final class CallbackBox: DisplayableObject, EngineReference {
    let callback: Callback
    init(_ callback: Callback) { self.callback = callback }
    var referent: AnyObject { callback }
    var typeName: String { "\(type(of: callback))" }
    var printedDescription: String { "<\(typeName)>" }
    var display: Display { .text(printedDescription) }
}

/// An optimizer as a cell value.
final class OptimizerBox: DisplayableObject, EngineReference {
    let optimizer: any Optimizer
    init(_ optimizer: any Optimizer) { self.optimizer = optimizer }
    var referent: AnyObject { optimizer }
    var typeName: String { optimizer.name }
    var printedDescription: String { "<\(optimizer.name) learningRate=\(optimizer.learningRate)>" }
    var display: Display { .text(printedDescription) }
}

/// A loss as a cell value (`Huber(delta: 2)`, `MeanSquaredError()`), callable on tensors.
final class LossBox: DisplayableObject {
    let loss: any Loss
    init(_ loss: any Loss) { self.loss = loss }
    var typeName: String { "\(type(of: loss))" }
    var printedDescription: String { "<\(typeName)>" }
    var display: Display { .text(printedDescription) }
}

/// A metric as a cell value (`BinaryAccuracy(threshold: 0.7)`), callable on tensors.
final class MetricBox: DisplayableObject {
    let metric: any Metric
    init(_ metric: any Metric) { self.metric = metric }
    var typeName: String { "\(type(of: metric))" }
    var printedDescription: String { "<\(typeName) name=\(metric.name)>" }
    var display: Display { .text(printedDescription) }
}

/// An initializer as a cell value (`VarianceScaling(scale: 2, mode: .fanAvg)`).
final class InitializerBox: DisplayableObject {
    let initializer: any Initializer
    init(_ initializer: any Initializer) { self.initializer = initializer }
    var typeName: String { "\(type(of: initializer))" }
    var printedDescription: String { "<\(initializer.name)>" }
    var display: Display { .text(printedDescription) }
}

/// An activation function as a cell value (`ActivationFunction.relu`), callable on numbers,
/// arrays and tensors, with `derivative(_:)`.
final class ActivationBox: DisplayableObject {
    let activation: ActivationFunction
    init(_ activation: ActivationFunction) { self.activation = activation }
    var typeName: String { "ActivationFunction" }
    var printedDescription: String { activation.name }
    var display: Display { .text(printedDescription) }
}

/// An object that answers `value[index]`.
protocol SubscriptableObject: AnyObject {
    /// The element at `index`, or `nil` when the index has the wrong type.
    func subscriptValue(_ index: Value) -> Value?
}
