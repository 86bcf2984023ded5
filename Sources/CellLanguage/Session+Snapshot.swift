import Tensors

/// The state of a session after a cell, so a changed cell can re-run from itself instead of
/// from the chapter's start (the preview loop builds on this).
///
/// Values with value semantics (numbers, strings, arrays, dictionaries, structs) are captured
/// exactly; class instances and engine objects are shared with the live session, so a cell that
/// mutates one after the snapshot is seen by a restore too (deep copies come with the engine's
/// own state capture).
public struct SessionSnapshot {
    let globals: GlobalTable.Snapshot
    let slots: [Value]
    let random: SplitMix64
    let tensorRandom: RandomGenerator
    let engine: EngineContext.State
}

extension Session {
    /// Captures the names, their values and the random generator's state.
    public func snapshot() -> SessionSnapshot {
        SessionSnapshot(globals: globals.snapshot(), slots: interpreter.globals.slots, random: registry.random,
                        tensorRandom: registry.tensorRandom, engine: engine.state)
    }

    /// Returns the session to a captured state.
    public func restore(_ snapshot: SessionSnapshot) {
        globals.restore(snapshot.globals)
        interpreter.globals.slots = snapshot.slots
        registry.random = snapshot.random
        registry.tensorRandom = snapshot.tensorRandom
        engine.restore(snapshot.engine)
    }
}
