import Tensors

/// The fraction of samples whose most probable predicted class equals the integer label
/// (Keras's `SparseCategoricalAccuracy`): [ argmax ŷ = y ], labels of shape `[n]` or `[n, 1]`.
public struct SparseCategoricalAccuracy: Metric {
    public let name: String
    private var accumulator = MeanAccumulator()

    /// Creates the metric.
    public init(name: String = SparseCategoricalAccuracy.defaultName) { self.name = name }

    public mutating func update(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?) throws {
        let labels = try classLabels(yTrue, predictions: yPred, operation: name)
        try update(labels: labels, yPred, sampleWeight: sampleWeight)
    }

    /// Adds a batch of integer labels.
    public mutating func update(labels: [Int], _ yPred: Tensor, sampleWeight: Tensor? = nil) throws
    {
        guard yPred.rank == 2, yPred.shape[0] == labels.count else {
            throw TensorError.shapeMismatch(operation: name, lhs: [labels.count], rhs: yPred.shape)
        }
        let predicted = try yPred.argmax(alongAxis: -1).scalars
        let correct = Tensor(zip(labels, predicted).map { Float($0) == $1 ? 1 : 0 })
        try accumulator.add(correct, sampleWeight: sampleWeight, operation: name)
    }

    /// Adds `correct` right answers out of `count` samples counted elsewhere (a fused kernel).
    mutating func add(correct: Int, of count: Int) {
        accumulator.add(total: Double(correct), count: Double(count))
    }

    public var result: Double { accumulator.mean }

    public mutating func reset() { accumulator.reset() }
}

extension SparseCategoricalAccuracy {
    /// The Keras identifier, the metric's name unless given one.
    public static let defaultName = "sparse_categorical_accuracy"
}
