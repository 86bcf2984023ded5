/// Why `fit`, `evaluate` or `predict` cannot go on, with the numbers a user needs to fix it.
public enum TrainingError: Error, CustomStringConvertible, Equatable {
    /// `fit` or `evaluate` before `compile`.
    case notCompiled(model: String)
    /// The loss of a batch became NaN or infinite (0-based epoch and batch); the model's
    /// `history` holds the `completedEpochs` before it.
    case nonFiniteLoss(epoch: Int, batch: Int, value: Float, completedEpochs: Int)
    /// Inputs, targets or weights of different lengths, or of the wrong number.
    case dataMismatch(String)
    /// A training argument out of range (`epochs`, `batchSize`, `validationSplit` …).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .notCompiled(let model):
            return "the model '\(model)' must be compiled before training or evaluation; "
                + "call compile(loss:optimizer:metrics:) first"
        case .nonFiniteLoss(let epoch, let batch, let value, let completed):
            let what = value.isNaN ? "NaN" : value > 0 ? "infinite" : "-infinite"
            let kept =
                completed == 0
                ? "no epoch was completed"
                : "model.history keeps the \(completed) completed epoch\(completed == 1 ? "" : "s")"
            return "loss became \(what) at epoch \(epoch + 1), batch \(batch + 1): training was "
                + "stopped (\(kept)); lower the learning rate, clip gradients, or check the "
                + "data for NaN values (terminateOnNaN: false trains on)"
        case .dataMismatch(let message): return message
        case .invalidArgument(let message): return message
        }
    }
}
