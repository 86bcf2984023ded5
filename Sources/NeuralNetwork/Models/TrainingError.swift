/// Why `fit`, `evaluate` or `predict` cannot go on, with the numbers a user needs to fix it.
public enum TrainingError: Error, CustomStringConvertible, Equatable {
    /// `fit` or `evaluate` before `compile`.
    case notCompiled(model: String)
    /// The loss became NaN or infinite.
    case nonFiniteLoss(epoch: Int, batch: Int, value: Float)
    /// Inputs, targets or weights of different lengths, or of the wrong number.
    case dataMismatch(String)
    /// A training argument out of range (`epochs`, `batchSize`, `validationSplit` …).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .notCompiled(let model):
            return "the model '\(model)' must be compiled before training or evaluation; "
                + "call compile(loss:optimizer:metrics:) first"
        case .nonFiniteLoss(let epoch, let batch, let value):
            return "the loss became \(value) at epoch \(epoch + 1), batch \(batch + 1); "
                + "lower the learning rate, clip gradients, or check the data for NaN values"
        case .dataMismatch(let message): return message
        case .invalidArgument(let message): return message
        }
    }
}
