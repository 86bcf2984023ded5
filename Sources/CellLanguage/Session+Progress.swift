import NeuralNetwork

/// Where `fit` is in a cell's training, for a terminal's progress bar.
public struct TrainingProgress: Sendable {
    /// 0-based epoch, and how many there are.
    public var epoch: Int
    public var epochs: Int
    /// Batches done in this epoch, and how many it has.
    public var step: Int
    public var steps: Int
    /// The running metrics of the epoch (`loss`, `accuracy` …), in the order `fit` reports them.
    public var metrics: [(name: String, value: Double)]
    /// Whether the epoch just ended (`metrics` are then the epoch's, validation included).
    public var epochEnded: Bool
}

extension Session {
    /// Called while `fit` trains in this session's cells: after every batch and at the end of
    /// every epoch (not for `verbose: 0`). It may not change what the cells compute.
    public var onTrainingProgress: (@Sendable (TrainingProgress) -> Void)? {
        get { registry.trainingProgress }
        set { registry.trainingProgress = newValue }
    }
}

/// The callback that `fit` gets when a session has ``Session/onTrainingProgress``.
final class ProgressReporter: Callback {
    let report: @Sendable (TrainingProgress) -> Void
    private var epoch = 0

    init(_ report: @escaping @Sendable (TrainingProgress) -> Void) {
        self.report = report
    }

    private var epochs: Int { params["epochs"] ?? 0 }
    private var steps: Int { params["steps"] ?? 0 }
    private var silent: Bool { params["verbose"] == 0 }

    override func onEpochBegin(_ epoch: Int, logs: [String: Double]) throws {
        self.epoch = epoch
    }

    override func onTrainBatchEnd(_ batch: Int, logs: [String: Double]) throws {
        guard !silent else { return }
        report(
            TrainingProgress(
                epoch: epoch, epochs: epochs, step: batch + 1, steps: steps,
                metrics: Self.ordered(logs), epochEnded: false))
    }

    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        guard !silent else { return }
        report(
            TrainingProgress(
                epoch: epoch, epochs: epochs, step: steps, steps: steps,
                metrics: Self.ordered(logs), epochEnded: true))
    }

    /// Loss first, then the other metrics, validation ones last.
    static func ordered(_ logs: [String: Double]) -> [(name: String, value: Double)] {
        logs.sorted { a, b in
            func rank(_ k: String) -> Int {
                k == "loss" ? 0 : k.hasPrefix("val_") ? (k == "val_loss" ? 2 : 3) : 1
            }
            return (rank(a.key), a.key) < (rank(b.key), b.key)
        }.map { ($0.key, $0.value) }
    }
}
