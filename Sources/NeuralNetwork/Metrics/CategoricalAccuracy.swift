import Tensors

/// The fraction of samples whose most probable predicted class is the target's (Keras's
/// `CategoricalAccuracy`): [ argmax ŷ = argmax y ] for one-hot targets.
public struct CategoricalAccuracy: Metric {
    public let name: String
    private var accumulator = MeanAccumulator()

    /// Creates the metric.
    public init(name: String = CategoricalAccuracy.defaultName) { self.name = name }

    public mutating func update(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?) throws {
        guard yTrue.shape == yPred.shape, yPred.rank >= 1 else {
            throw TensorError.shapeMismatch(operation: name, lhs: yTrue.shape, rhs: yPred.shape)
        }
        let correct = try yTrue.argmax(alongAxis: -1).equal(yPred.argmax(alongAxis: -1))
        try accumulator.add(correct, sampleWeight: sampleWeight, operation: name)
    }

    public var result: Double { accumulator.mean }

    public mutating func reset() { accumulator.reset() }
}

extension CategoricalAccuracy {
    /// The Keras identifier, the metric's name unless given one.
    public static let defaultName = "categorical_accuracy"
}
