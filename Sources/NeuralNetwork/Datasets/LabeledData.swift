import Tensors

/// Generated or loaded examples: a feature matrix and one integer class label per row.
public struct LabeledData: Equatable {
    /// The features, `[count, features]`.
    public let x: Tensor
    /// The class of each row.
    public let labels: [Int]

    /// Pairs features with labels.
    public init(x: Tensor, labels: [Int]) {
        self.x = x
        self.labels = labels
    }

    /// The labels as a `[count, 1]` Float tensor (targets for a binary classifier).
    public var y: Tensor {
        // The shape always matches the element count.
        try! Tensor(shape: [labels.count, 1], scalars: labels.map(Float.init))
    }
}
