import Foundation
import Tensors

/// Where layers built without an explicit generator draw their initial weights from: one
/// process-wide seeded sequence, so a chapter that calls ``setSeed(_:)`` first builds the same
/// weights on every run (Keras's `keras.utils.set_random_seed`).
public enum ModelSeeds {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var generator = RandomGenerator(seed: 42)

    /// Restarts the sequence from `seed`.
    public static func setSeed(_ seed: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        generator = RandomGenerator(seed: seed)
    }

    /// The next seed of the sequence.
    public static func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return generator.nextUInt64()
    }
}
