/// Sets the optimizer's learning rate at the start of every epoch from a function of the
/// epoch and the current rate (Keras's `LearningRateScheduler`), e.g. exponential decay per
/// epoch: `LearningRateScheduler { epoch, lr in lr * 0.9 }`. The rate of each epoch is
/// recorded in the logs as `learning_rate`. An optimizer with a schedule makes it throw.
public final class LearningRateScheduler: Callback {
    private let schedule: (Int, Float) throws -> Float

    /// A scheduler calling `schedule(epoch, currentRate)` before each epoch.
    public init(_ schedule: @escaping (Int, Float) throws -> Float) {
        self.schedule = schedule
    }

    public override func onEpochBegin(_ epoch: Int, logs: [String: Double]) throws {
        guard let optimizer = model?.compiled?.optimizer else { return }
        try checkSettable(optimizer, by: "LearningRateScheduler")
        let rate = try schedule(epoch, optimizer.learningRate)
        guard rate.isFinite, rate >= 0 else {
            throw TrainingError.invalidArgument(
                "the learning-rate schedule returned \(rate) for epoch \(epoch)")
        }
        optimizer.learningRate = rate
    }
}

/// Lowers the learning rate when a monitored quantity stops improving (Keras's
/// `ReduceLROnPlateau`; the "performance scheduling" of the optimizer chapter): after
/// `patience` epochs without an improvement larger than `minDelta`, the rate is multiplied by
/// `factor` (not below `minLearningRate`), then `cooldown` epochs pass before counting again.
public final class ReduceLROnPlateau: Callback {
    /// The key of the logs to watch.
    public let monitor: String
    /// The factor applied to the learning rate, in (0, 1).
    public let factor: Float
    /// Epochs without improvement before reducing.
    public let patience: Int
    /// The smallest change that counts as an improvement.
    public let minDelta: Double
    /// Epochs to wait after a reduction.
    public let cooldown: Int
    /// The lowest learning rate.
    public let minLearningRate: Float
    private let higherIsBetter: Bool
    private var best = Double.infinity
    private var wait = 0
    private var cooldownLeft = 0

    /// Creates the callback; throws unless 0 < factor < 1.
    public init(
        monitor: String = Defaults.monitor, factor: Float = Defaults.factor,
        patience: Int = Defaults.patience, mode: MonitorMode = Defaults.mode,
        minDelta: Double = Defaults.minDelta, cooldown: Int = Defaults.cooldown,
        minLearningRate: Float = Defaults.minLearningRate
    ) throws {
        guard factor > 0, factor < 1 else {
            throw TrainingError.invalidArgument(
                "ReduceLROnPlateau does not support a factor >= 1 or <= 0. Received: factor=\(factor)"
            )
        }
        self.monitor = monitor
        self.factor = factor
        self.patience = patience
        self.minDelta = minDelta
        self.cooldown = cooldown
        self.minLearningRate = minLearningRate
        self.higherIsBetter = mode.higherIsBetter(monitor)
    }

    public override func onTrainBegin(logs: [String: Double]) throws {
        best = higherIsBetter ? -.infinity : .infinity
        wait = 0
        cooldownLeft = 0
    }

    public override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        let value = try monitored(monitor, in: logs, by: "ReduceLROnPlateau")
        if cooldownLeft > 0 {
            cooldownLeft -= 1
            wait = 0
        }
        let improved = higherIsBetter ? value > best + minDelta : value < best - minDelta
        if improved {
            best = value
            wait = 0
        } else if cooldownLeft == 0 {
            wait += 1
            if wait >= patience, let optimizer = model?.compiled?.optimizer {
                try checkSettable(optimizer, by: "ReduceLROnPlateau")
                let old = optimizer.learningRate
                if old > minLearningRate {
                    optimizer.learningRate = max(old * factor, minLearningRate)
                    cooldownLeft = cooldown
                    wait = 0
                }
            }
        }
    }
}

/// Throws when `optimizer` follows a learning-rate schedule, whose rate a callback must not
/// overwrite (Keras raises the same complaint).
func checkSettable(_ optimizer: any Optimizer, by callback: String) throws {
    if let schedule = optimizer.schedule {
        throw TrainingError.invalidArgument(
            "\(callback): this optimizer was created with a learning-rate schedule "
                + "(\(schedule.kind)), hence its learning rate is not settable. Create the "
                + "optimizer with a constant learningRate to use this callback")
    }
}

extension ReduceLROnPlateau {
    /// Keras's defaults, used by the initializer and ``EngineCatalog``.
    public enum Defaults {
        public static let monitor = "val_loss"
        public static let factor: Float = 0.1
        public static let patience = 10
        public static let mode = MonitorMode.auto
        public static let minDelta = 1e-4
        public static let cooldown = 0
        public static let minLearningRate: Float = 0
    }
}
