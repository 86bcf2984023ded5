/// The loss at the top of a ``FusedNetwork``.
public enum FusedLoss: Equatable, Sendable {
    /// The last layer's outputs are logits; the loss is the mean over rows of
    /// `−log softmax(z)[label]`, differentiated as `(softmax(z) − onehot)/rows`.
    case sparseSoftmaxCrossEntropy
    /// The mean over rows of the mean over columns of `(y − t)²` (Keras's
    /// `MeanSquaredError`), differentiated as `2(y − t)/(rows·columns)`.
    case meanSquaredError
}
