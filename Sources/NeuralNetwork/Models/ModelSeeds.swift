import Tensors

/// Where layers built without an explicit generator draw their initial weights from, and where
/// `fit`'s shuffling, dropout and the data generators take their seeds when none is given: the
/// seed sequence of the current ``EngineContext`` (a chapter's own, while its cells run), so a
/// chapter that calls ``setSeed(_:)`` builds the same weights on every run (Keras's
/// `keras.utils.set_random_seed`).
public enum ModelSeeds {
    /// Restarts the current context's sequence from `seed`.
    public static func setSeed(_ seed: UInt64) {
        EngineContext.current.setSeed(seed)
    }

    /// The next seed of the current context's sequence.
    public static func next() -> UInt64 {
        EngineContext.current.nextSeed()
    }
}
