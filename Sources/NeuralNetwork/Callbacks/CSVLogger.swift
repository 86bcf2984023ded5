import Foundation

/// Writes one CSV row per epoch — `epoch` and every key of the logs, sorted — to a file
/// (Keras's `CSVLogger`). With `append`, rows are added to an existing file; otherwise it is
/// replaced when training begins. Each row is flushed as it is written.
public final class CSVLogger: Callback {
    /// The file written.
    public let path: String
    /// The field separator.
    public let separator: String
    /// Whether an existing file is continued rather than replaced.
    public let append: Bool
    private var handle: FileHandle?
    private var keys: [String]?

    /// A logger writing to `path`.
    public init(
        _ path: String, separator: String = Defaults.separator,
        append: Bool = Defaults.append
    ) {
        self.path = path
        self.separator = separator
        self.append = append
    }

    public override func onTrainBegin(logs: [String: Double]) throws {
        let url = URL(fileURLWithPath: path)
        let exists = FileManager.default.fileExists(atPath: path)
        keys = nil
        if append && exists {
            let data = (try? FileReading.contents(of: path, limit: 1 << 30).get()) ?? Data()
            let text = String(decoding: data, as: UTF8.self)
            if let header = text.split(separator: "\n").first {
                keys = Array(String(header).components(separatedBy: separator).dropFirst())
            }
        } else {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw TrainingError.invalidArgument("CSVLogger cannot create the file \(path)")
            }
        }
        handle = try FileHandle(forWritingTo: url)
        try handle?.seekToEnd()
    }

    public override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
        var text = ""
        if keys == nil {
            keys = logs.keys.sorted()
            text += (["epoch"] + (keys ?? [])).joined(separator: separator) + "\n"
        }
        let values = (keys ?? []).map { key in logs[key].map { "\($0)" } ?? "" }
        text += (["\(epoch)"] + values).joined(separator: separator) + "\n"
        try handle?.write(contentsOf: Data(text.utf8))
    }

    public override func onTrainEnd(logs: [String: Double]) throws {
        try handle?.close()
        handle = nil
    }
}

extension CSVLogger {
    /// Keras's defaults, used by the initializer and ``EngineCatalog``.
    public enum Defaults {
        public static let separator = ","
        public static let append = false
    }
}
