import Foundation

/// Saves the model during training (Keras's `ModelCheckpoint`): after every epoch, or with
/// `saveBestOnly` only when the monitored quantity (`val_loss` by default) improves on the best
/// value so far, so the file always holds the best model seen. With `saveWeightsOnly` it writes
/// ``Model/saveWeights(_:)`` files, else whole models (``Model/save(_:includeOptimizer:)``).
///
/// The path may contain `{epoch}` or `{epoch:02d}` (the epoch counted from 1, as Keras does),
/// giving one file per epoch. Each file is written atomically, so an interrupted run never
/// leaves a half-written checkpoint.
public final class ModelCheckpoint: Callback {
    /// The file to write, possibly with an `{epoch}` placeholder.
    public let path: String
    /// The logged quantity compared with `saveBestOnly`.
    public let monitor: String
    /// Whether only improvements are saved.
    public let saveBestOnly: Bool
    /// Whether only the weights are saved.
    public let saveWeightsOnly: Bool
    /// Whether higher or lower values of ``monitor`` are better.
    public let mode: MonitorMode
    /// The best monitored value so far (with `saveBestOnly`).
    public private(set) var best: Double?
    /// The files written by the current or last `fit`, in order.
    public private(set) var savedFiles: [String] = []

    /// A checkpoint callback writing to `path`.
    public init(
        _ path: String, monitor: String = Defaults.monitor,
        saveBestOnly: Bool = Defaults.saveBestOnly,
        saveWeightsOnly: Bool = Defaults.saveWeightsOnly, mode: MonitorMode = Defaults.mode
    ) {
        self.path = path
        self.monitor = monitor
        self.saveBestOnly = saveBestOnly
        self.saveWeightsOnly = saveWeightsOnly
        self.mode = mode
    }

    public override func onTrainBegin(logs: [String: Double]) throws {
        best = nil
        savedFiles = []
    }

    public override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        guard let model else { return }
        if saveBestOnly {
            let value = try monitored(monitor, in: logs, by: "ModelCheckpoint")
            if let best, !improves(value, over: best, higherIsBetter: mode.higherIsBetter(monitor))
            {
                return
            }
            best = value
        }
        let file = Self.fileName(path, epoch: epoch + 1)
        let folder = (file as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
        }
        if saveWeightsOnly {
            try model.saveWeights(file)
        } else {
            try model.save(file)
        }
        savedFiles.append(file)
    }

    /// `path` with `{epoch}` and `{epoch:0Nd}` replaced by `epoch`.
    static func fileName(_ path: String, epoch: Int) -> String {
        var result = path.replacingOccurrences(of: "{epoch}", with: "\(epoch)")
        while let open = result.range(of: "{epoch:0"),
            let close = result[open.upperBound...].range(of: "d}")
        {
            let width = Int(result[open.upperBound..<close.lowerBound]) ?? 0
            let digits = String(epoch)
            let padded =
                String(repeating: "0", count: max(0, min(width, 20) - digits.count)) + digits
            result.replaceSubrange(open.lowerBound..<close.upperBound, with: padded)
        }
        return result
    }
}

extension ModelCheckpoint {
    /// Keras's defaults, used by the initializer and ``EngineCatalog``.
    public enum Defaults {
        public static let monitor = "val_loss"
        public static let saveBestOnly = false
        public static let saveWeightsOnly = false
        public static let mode = MonitorMode.auto
    }
}
