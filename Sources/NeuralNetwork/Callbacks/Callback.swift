/// Code that `fit` runs at the start and end of training, of each epoch and of each batch
/// (Keras's `keras.callbacks.Callback`). Subclass it and override the hooks you need:
///
/// ```swift
/// final class PrintRatio: Callback {
///     override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
///         print((logs["val_loss"] ?? 0) / (logs["loss"] ?? 1))
///     }
/// }
/// ```
///
/// `logs` holds the current values of the losses and metrics with Keras's keys. Setting
/// `model?.stopTraining = true` ends training after the current epoch.
open class Callback {
    /// The model being trained, set by `fit` before ``onTrainBegin(logs:)``.
    public internal(set) weak var model: Model?
    /// The training parameters: `epochs`, `steps` (batches per epoch), `verbose`.
    public internal(set) var params: [String: Int] = [:]

    public init() {}

    /// Called once before the first epoch.
    open func onTrainBegin(logs: [String: Double]) throws {}
    /// Called once after the last epoch, with the last epoch's logs.
    open func onTrainEnd(logs: [String: Double]) throws {}
    /// Called before each epoch (`epoch` counts from 0, continuing from `initialEpoch`).
    open func onEpochBegin(_ epoch: Int, logs: [String: Double]) throws {}
    /// Called after each epoch with its training and validation logs.
    open func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {}
    /// Called before each training batch (`batch` counts from 0 in every epoch).
    open func onTrainBatchBegin(_ batch: Int, logs: [String: Double]) throws {}
    /// Called after each training batch with the running means of the epoch so far.
    open func onTrainBatchEnd(_ batch: Int, logs: [String: Double]) throws {}
}

/// A callback made of closures (Keras's `LambdaCallback`); each closure is optional.
public final class LambdaCallback: Callback {
    private let trainBegin: (([String: Double]) throws -> Void)?
    private let trainEnd: (([String: Double]) throws -> Void)?
    private let epochBegin: ((Int, [String: Double]) throws -> Void)?
    private let epochEnd: ((Int, [String: Double]) throws -> Void)?
    private let batchBegin: ((Int, [String: Double]) throws -> Void)?
    private let batchEnd: ((Int, [String: Double]) throws -> Void)?

    /// A callback running the given closures at the matching hooks.
    public init(
        onTrainBegin: (([String: Double]) throws -> Void)? = nil,
        onTrainEnd: (([String: Double]) throws -> Void)? = nil,
        onEpochBegin: ((Int, [String: Double]) throws -> Void)? = nil,
        onEpochEnd: ((Int, [String: Double]) throws -> Void)? = nil,
        onBatchBegin: ((Int, [String: Double]) throws -> Void)? = nil,
        onBatchEnd: ((Int, [String: Double]) throws -> Void)? = nil
    ) {
        trainBegin = onTrainBegin
        trainEnd = onTrainEnd
        epochBegin = onEpochBegin
        epochEnd = onEpochEnd
        batchBegin = onBatchBegin
        batchEnd = onBatchEnd
    }

    public override func onTrainBegin(logs: [String: Double]) throws { try trainBegin?(logs) }
    public override func onTrainEnd(logs: [String: Double]) throws { try trainEnd?(logs) }
    public override func onEpochBegin(_ epoch: Int, logs: [String: Double]) throws {
        try epochBegin?(epoch, logs)
    }
    public override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        try epochEnd?(epoch, logs)
    }
    public override func onTrainBatchBegin(_ batch: Int, logs: [String: Double]) throws {
        try batchBegin?(batch, logs)
    }
    public override func onTrainBatchEnd(_ batch: Int, logs: [String: Double]) throws {
        try batchEnd?(batch, logs)
    }
}
