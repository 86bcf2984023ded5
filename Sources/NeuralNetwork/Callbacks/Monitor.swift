/// Whether a monitored quantity improves when it goes down (losses) or up (accuracies), as
/// Keras's callbacks decide from its name in `"auto"` mode.
public enum MonitorMode: String, CaseIterable, Sendable {
    /// Decided from the name: up for names containing `acc`, `auc` or `precision`/`recall`,
    /// down otherwise.
    case auto
    /// Lower is better.
    case min
    /// Higher is better.
    case max

    /// `true` when higher is better for `monitor`.
    func higherIsBetter(_ monitor: String) -> Bool {
        switch self {
        case .min: return false
        case .max: return true
        case .auto:
            let name = monitor.hasPrefix("val_") ? String(monitor.dropFirst(4)) : monitor
            return ["acc", "auc", "precision", "recall"].contains { name.contains($0) }
        }
    }
}

/// Whether `value` improves on `reference` by more than `minDelta` (Keras's EarlyStopping and
/// ModelCheckpoint: `value − minDelta > reference` when higher is better, `value + minDelta <
/// reference` when lower is; NaN never improves).
func improves(_ value: Double, over reference: Double, higherIsBetter: Bool, minDelta: Double = 0)
    -> Bool
{
    higherIsBetter ? value - minDelta > reference : value + minDelta < reference
}

/// The value of `monitor` in `logs`, or an error listing the keys there are.
func monitored(_ monitor: String, in logs: [String: Double], by callback: String) throws -> Double {
    guard let value = logs[monitor] else {
        throw TrainingError.invalidArgument(
            "\(callback) monitors '\(monitor)', which is not in the logs. Available: "
                + logs.keys.sorted().joined(separator: ", ")
                + (monitor.hasPrefix("val_")
                    ? " (pass validationData or validationSplit to fit)" : ""))
    }
    return value
}
