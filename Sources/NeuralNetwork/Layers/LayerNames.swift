import Tensors

/// Keras-style automatic layer names: the first `Dense` is `"dense"`, then `"dense_1"`,
/// `"dense_2"` … per kind, counted in the current ``EngineContext`` (each chapter's session has
/// its own, so a chapter names its layers the same way alone or in a book).
public enum LayerNames {
    /// The next unused name for layers of `kind`.
    public static func unique(_ kind: String) -> String {
        EngineContext.current.uniqueName(kind)
    }

    /// Starts every kind's numbering again (Keras's `clear_session()`).
    public static func reset() {
        EngineContext.current.resetNames()
    }
}
