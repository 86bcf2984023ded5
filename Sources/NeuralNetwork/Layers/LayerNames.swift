import Foundation

/// Keras-style automatic layer names: the first `Dense` is `"dense"`, then `"dense_1"`,
/// `"dense_2"` … per kind, for the life of the process (call ``reset()`` for a fresh session).
public enum LayerNames {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var counts: [String: Int] = [:]

    /// The next unused name for layers of `kind`.
    public static func unique(_ kind: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let n = counts[kind, default: 0]
        counts[kind] = n + 1
        return n == 0 ? kind : "\(kind)_\(n)"
    }

    /// Starts every kind's numbering again (Keras's `clear_session()`).
    public static func reset() {
        lock.lock()
        defer { lock.unlock() }
        counts = [:]
    }
}
