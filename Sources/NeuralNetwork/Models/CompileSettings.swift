import Tensors

/// A loss as `compile` accepts it: a Keras identifier, resolved once the shapes of the data
/// are known (`"crossentropy"` becomes binary, categorical or sparse), or a loss value.
public enum LossChoice {
    /// A Keras identifier such as `"sparse_categorical_crossentropy"` or `"mse"`.
    case named(String)
    /// A loss value such as `Huber(delta: 2)`.
    case loss(any Loss)

    /// The loss for targets and predictions of these per-batch shapes.
    func resolve(yTrueShape: [Int], yPredShape: [Int]) throws -> any Loss {
        switch self {
        case .named(let name):
            return try lossNamed(name, yTrueShape: yTrueShape, yPredShape: yPredShape)
        case .loss(let loss): return loss
        }
    }

    /// The name shown in logs and saved in models.
    var name: String {
        switch self {
        case .named(let name): return name
        case .loss(let loss): return loss.name
        }
    }
}

/// A metric as `compile` accepts it: a Keras identifier, resolved once the shapes of the data
/// are known (`"accuracy"` becomes binary, categorical or sparse), or a metric value
/// (`BinaryAccuracy(threshold: 0.7)`). A string literal is an identifier.
public enum MetricChoice: Equatable, ExpressibleByStringLiteral {
    case named(String)
    case metric(any Metric)

    public init(stringLiteral name: String) { self = .named(name) }

    /// A fresh metric for data of these shapes.
    func resolve(yTrueShape: [Int], yPredShape: [Int]) throws -> any Metric {
        switch self {
        case .named(let name):
            return try metricNamed(name, yTrueShape: yTrueShape, yPredShape: yPredShape)
        case .metric(var metric):
            metric.reset()
            return metric
        }
    }

    /// The identifier, or the metric's name (the key of its value in the logs).
    public var name: String {
        switch self {
        case .named(let name): return name
        case .metric(let metric): return metric.name
        }
    }

    /// Two choices are equal when they are the same kind and log under the same name.
    public static func == (a: MetricChoice, b: MetricChoice) -> Bool {
        switch (a, b) {
        case (.named(let x), .named(let y)): return x == y
        case (.metric(let x), .metric(let y)): return type(of: x) == type(of: y) && x.name == y.name
        default: return false
        }
    }
}

/// What `compile` chose: per output, a loss and its weight in the total; the metrics; the
/// optimizer (Keras's `compile` arguments).
public struct CompileSettings {
    /// One loss per output.
    public var losses: [LossChoice]
    /// The weight of each output's loss in the total loss (1 each by default).
    public var lossWeights: [Float]
    /// The metric identifiers, computed for every output.
    public var metrics: [MetricChoice]
    /// The optimizer that updates the trainable weights.
    public var optimizer: any Optimizer
}

extension Model {
    /// Chooses the loss, the optimizer and the metrics for `fit` and `evaluate` (Keras's
    /// `compile`). One loss serves every output; see ``compile(losses:lossWeights:optimizer:metrics:)``
    /// for one per output. Compiling again keeps the weights and replaces the settings (and,
    /// with a new optimizer, its state) — the way to apply a change of ``Layer/trainable``.
    /// Without an optimizer, `SGD()` (learning rate 0.01) is used.
    public func compile(
        loss: String, optimizer: (any Optimizer)? = nil, metrics: [MetricChoice] = []
    ) throws {
        try compile(
            losses: [.named(loss)], lossWeights: nil, optimizer: optimizer, metrics: metrics)
    }

    /// `compile` with a loss value (`Huber(delta: 2)`, `SparseCategoricalCrossentropy()` …).
    public func compile(
        loss: any Loss, optimizer: (any Optimizer)? = nil, metrics: [MetricChoice] = []
    ) throws {
        try compile(losses: [.loss(loss)], lossWeights: nil, optimizer: optimizer, metrics: metrics)
    }

    /// `compile` with one loss per output, each weighted in the total loss by `lossWeights`
    /// (Keras's `loss=[…], loss_weights=[…]`); a single loss serves every output.
    public func compile(
        losses: [LossChoice], lossWeights: [Float]? = nil, optimizer: (any Optimizer)? = nil,
        metrics: [MetricChoice] = []
    ) throws {
        let outputCount = max(outputs.count, 1)
        var chosen = losses
        if chosen.count == 1 && outputCount > 1 {
            chosen = Array(repeating: chosen[0], count: outputCount)
        }
        guard !chosen.isEmpty, graph.isEmpty || chosen.count == outputCount else {
            throw TensorError.invalidArgument(
                operation: "compile",
                reason: "the model has \(outputCount) outputs but \(losses.count) losses were given"
            )
        }
        let weights = lossWeights ?? Array(repeating: 1, count: chosen.count)
        guard weights.count == chosen.count else {
            throw TensorError.invalidArgument(
                operation: "compile",
                reason: "expected \(chosen.count) loss weights, received \(weights.count)")
        }
        for case .named(let metric) in metrics {
            _ = try metricNamed(metric, yTrueShape: [1, 2], yPredShape: [1, 2])
        }
        for case .named(let name) in chosen {
            _ = try lossNamed(name, yTrueShape: [1, 2], yPredShape: [1, 2])
        }
        compiled = CompileSettings(
            losses: chosen, lossWeights: weights, metrics: metrics,
            optimizer: try optimizer ?? SGD())
    }
}
