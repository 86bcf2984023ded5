/// What `fit` returns: the value of every loss and metric after each epoch (Keras's
/// `History`), with the same keys as Keras — `loss`, `accuracy`, `val_loss`, `val_accuracy` …
public final class History: CustomStringConvertible {
    /// Per key, one value per epoch, in order.
    public internal(set) var history: [String: [Double]] = [:]
    /// The epochs that were run (0-based, continuing from `initialEpoch`).
    public internal(set) var epoch: [Int] = []
    /// The training parameters: `epochs`, `steps` (batches per epoch), `verbose`.
    public internal(set) var params: [String: Int] = [:]
    /// The keys in the order they first appeared (training keys first, then `val_` ones).
    public internal(set) var keys: [String] = []

    public init() {}

    /// Records the logs of one epoch.
    func append(epoch: Int, logs: [String: Double], order: [String]) {
        self.epoch.append(epoch)
        for key in order where logs[key] != nil {
            if history[key] == nil { keys.append(key) }
            history[key, default: []].append(logs[key] ?? .nan)
        }
    }

    /// The values of `key` per epoch (empty for an unknown key).
    public subscript(key: String) -> [Double] { history[key] ?? [] }

    public var description: String {
        "History(epochs: \(epoch.count), keys: \(keys.joined(separator: ", ")))"
    }
}
