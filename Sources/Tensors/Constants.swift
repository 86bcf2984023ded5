/// Constants shared by the activation functions.
public enum ActivationConstants {
    /// SELU's α (Klambauer et al., "Self-Normalizing Neural Networks", 2017).
    public static let seluAlpha: Float = 1.673_263_242_354_377_284_817_042_991_671_7
    /// SELU's scale λ (Klambauer et al. 2017).
    public static let seluScale: Float = 1.050_700_987_355_480_493_419_334_985_294_6
}
