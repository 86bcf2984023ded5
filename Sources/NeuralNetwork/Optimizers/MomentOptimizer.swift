/// The hyperparameters Adam, Adamax and Nadam share — β₁ (decay of the first moment),
/// β₂ (decay of the second moment or of the infinity norm) and ε — with their checks, their
/// initializers and their configuration; each subclass adds its state and update rule.
/// Defaults: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-7 (Keras's).
public class MomentOptimizer: BaseOptimizer {
    /// β₁, the decay of the first moment, in [0, 1).
    public let beta1: Double
    /// β₂, the decay of the second moment (Nadam) or of the infinity norm (Adamax), in [0, 1).
    public let beta2: Double
    /// ε, the term that keeps the denominator from zero.
    public let epsilon: Double

    /// An optimizer with a constant learning rate; throws for β outside [0, 1), ε < 0, η < 0 or
    /// bad clipping.
    public convenience init(
        learningRate: Float = Defaults.learningRate, beta1: Double = Defaults.beta1,
        beta2: Double = Defaults.beta2,
        epsilon: Double = Defaults.epsilon, clipValue: Float? = nil, clipNorm: Float? = nil,
        globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .constant(learningRate), beta1: beta1, beta2: beta2, epsilon: epsilon,
            clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    /// An optimizer whose learning rate follows `learningRate`, a schedule.
    public convenience init(
        learningRate: any LearningRateSchedule, beta1: Double = Defaults.beta1,
        beta2: Double = Defaults.beta2,
        epsilon: Double = Defaults.epsilon, clipValue: Float? = nil, clipNorm: Float? = nil,
        globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .schedule(learningRate), beta1: beta1, beta2: beta2, epsilon: epsilon,
            clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    init(
        rate: LearningRateSource, beta1: Double, beta2: Double, epsilon: Double,
        clipValue: Float?, clipNorm: Float?, globalClipNorm: Float?
    ) throws {
        try Self.check("beta1", beta1, in: 0...1, open: true)
        try Self.check("beta2", beta2, in: 0...1, open: true)
        try Self.checkNonNegative("epsilon", epsilon)
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        try super.init(
            rate: rate, clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    override var hyperparameters: [String: JSONValue] {
        ["beta1": .number(beta1), "beta2": .number(beta2), "epsilon": .number(epsilon)]
    }
}

extension MomentOptimizer {
    /// Keras's defaults of Adam, Adamax and Nadam, used by the initializers, the config reader
    /// and ``EngineCatalog``.
    public enum Defaults {
        public static let learningRate: Float = 0.001
        public static let beta1 = 0.9
        public static let beta2 = 0.999
        public static let epsilon = 1e-7
        /// Adam's `amsgrad`.
        public static let amsgrad = false
    }
}
