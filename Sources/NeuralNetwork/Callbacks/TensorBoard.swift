import Foundation

/// Logs the training curves for TensorBoard (Keras's `TensorBoard` callback): after every epoch,
/// each training metric as `epoch_<name>` in an event file under `logDir/train`, and each
/// validation metric (`val_loss` → `epoch_loss`) under `logDir/validation`, so TensorBoard draws
/// both runs on one chart. Each call of `fit` opens new event files; the step is the epoch.
///
/// `tensorboard --logdir LOGDIR` reads the files (see ``EventFileWriter`` for the format).
public final class TensorBoard: Callback {
    /// The folder the `train` and `validation` runs are written to.
    public let logDir: String
    private var train: EventFileWriter?
    private var validation: EventFileWriter?

    /// A callback writing under `logDir` (created when needed).
    public init(logDir: String = TensorBoard.defaultLogDir) {
        self.logDir = logDir
    }

    /// The event files written so far by the current or last `fit`.
    public var eventFiles: [String] { [train?.path, validation?.path].compactMap { $0 } }

    public override func onTrainBegin(logs: [String: Double]) throws {
        train = try EventFileWriter(directory: logDir + "/train")
        validation = nil
    }

    public override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        for key in logs.keys.sorted() {
            guard let value = logs[key] else { continue }
            if key.hasPrefix("val_") {
                if validation == nil {
                    validation = try EventFileWriter(directory: logDir + "/validation")
                }
                try validation?.scalar("epoch_" + key.dropFirst(4), value, step: epoch)
            } else {
                try train?.scalar("epoch_" + key, value, step: epoch)
            }
        }
        if let rate = model?.compiled?.optimizer.learningRate {
            try train?.scalar("epoch_learning_rate", Double(rate), step: epoch)
        }
        train?.flush()
        validation?.flush()
    }

    public override func onTrainEnd(logs: [String: Double]) throws {
        train?.flush()
        validation?.flush()
    }
}

extension TensorBoard {
    /// Keras's default folder of the event files.
    public static let defaultLogDir = "logs"
}
