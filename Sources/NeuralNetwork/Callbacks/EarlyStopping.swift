import Tensors

/// Stops training when a monitored quantity has stopped improving (Keras's `EarlyStopping`).
///
/// After each epoch the value of `monitor` is compared with the best so far; an improvement
/// must exceed `minDelta`. After `patience` epochs without one, training stops; with
/// `restoreBestWeights` the model gets back the weights of its best epoch. `baseline`, when
/// given, is a value the model must beat. Defaults as Keras: `val_loss`, patience 0. As in
/// Keras 3, the best weights are restored when training ends, stopped early or not.
public final class EarlyStopping: Callback {
    /// The key of the logs to watch.
    public let monitor: String
    /// The smallest change that counts as an improvement.
    public let minDelta: Double
    /// The number of epochs without improvement tolerated.
    public let patience: Int
    /// Whether the weights of the best epoch are restored at the end.
    public let restoreBestWeights: Bool
    /// A value to beat, or `nil`.
    public let baseline: Double?
    private let higherIsBetter: Bool
    /// The epoch training stopped at, or `nil` when it ran to the end.
    public private(set) var stoppedEpoch: Int?
    /// The best epoch seen.
    public private(set) var bestEpoch = 0
    /// The best value seen.
    public private(set) var best = Double.infinity
    private var wait = 0
    private var bestWeights: [Tensor]?

    /// Creates the callback; throws for a negative patience.
    public init(
        monitor: String = Defaults.monitor, minDelta: Double = Defaults.minDelta,
        patience: Int = Defaults.patience, mode: MonitorMode = Defaults.mode,
        baseline: Double? = nil, restoreBestWeights: Bool = Defaults.restoreBestWeights
    ) throws {
        guard patience >= 0 else {
            throw TrainingError.invalidArgument(
                "EarlyStopping patience must not be negative. Received: patience=\(patience)")
        }
        self.monitor = monitor
        self.minDelta = abs(minDelta)
        self.patience = patience
        self.restoreBestWeights = restoreBestWeights
        self.baseline = baseline
        self.higherIsBetter = mode.higherIsBetter(monitor)
    }

    public override func onTrainBegin(logs: [String: Double]) throws {
        wait = 0
        stoppedEpoch = nil
        best = higherIsBetter ? -.infinity : .infinity
        bestWeights = nil
        bestEpoch = 0
    }

    private func improves(_ value: Double, over reference: Double) -> Bool {
        NeuralNetwork.improves(
            value, over: reference, higherIsBetter: higherIsBetter, minDelta: minDelta)
    }

    public override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        let value = try monitored(monitor, in: logs, by: "EarlyStopping")
        wait += 1
        if improves(value, over: best) {
            best = value
            bestEpoch = epoch
            if restoreBestWeights { bestWeights = model?.getWeights() }
            // Keras resets the wait only when the baseline, if any, is beaten too.
            if baseline.map({ improves(value, over: $0) }) ?? true { wait = 0 }
            return
        }
        if wait >= patience && epoch > 0 {
            stoppedEpoch = epoch
            model?.stopTraining = true
        }
    }

    public override func onTrainEnd(logs: [String: Double]) throws {
        if restoreBestWeights, let bestWeights {
            try model?.setWeights(bestWeights)
        }
    }
}

extension EarlyStopping {
    /// Keras's defaults, used by the initializer and ``EngineCatalog``.
    public enum Defaults {
        public static let monitor = "val_loss"
        public static let minDelta: Double = 0
        public static let patience = 0
        public static let mode = MonitorMode.auto
        public static let restoreBestWeights = false
    }
}
