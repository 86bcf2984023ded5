import Foundation
import Tensors

/// Random weights whose variance is `scale / n`, with n the fan-in, the fan-out or their mean
/// (Keras's `VarianceScaling`; defaults scale 1, fan-in, truncated normal).
///
/// - `.truncatedNormal`: N(0, σ²) truncated at ±2σ with σ = √(scale/n) / 0.87962566103423978,
///   the standard deviation of a unit normal truncated at ±2, so the result has variance scale/n.
/// - `.untruncatedNormal`: N(0, scale/n).
/// - `.uniform`: U[−limit, limit] with limit = √(3 · scale/n).
///
/// n is at least 1. The Glorot (Glorot & Bengio 2010), He (He et al. 2015) and LeCun (LeCun et
/// al. 1998) initializers are presets: ``glorotUniform(seed:)`` and the others below.
public struct VarianceScaling: Initializer {
    /// Which fan sets the variance.
    public enum Mode: String, CaseIterable, Sendable {
        /// The number of inputs of a unit (`fan_in`).
        case fanIn = "fan_in"
        /// The number of outputs of a unit (`fan_out`).
        case fanOut = "fan_out"
        /// The mean of the two (`fan_avg`).
        case fanAvg = "fan_avg"
    }

    /// The distribution the values are drawn from.
    public enum Distribution: String, CaseIterable, Sendable {
        /// A normal truncated at two standard deviations, rescaled to keep the variance.
        case truncatedNormal = "truncated_normal"
        /// A plain normal.
        case untruncatedNormal = "untruncated_normal"
        /// A symmetric uniform.
        case uniform = "uniform"

        /// Keras's `"normal"`, an alias of ``truncatedNormal``.
        public static var normal: Distribution { .truncatedNormal }
    }

    /// The standard deviation of a unit normal truncated at ±2 (Keras's constant).
    public static let truncationCorrection = 0.879_625_661_034_239_78

    public var name: String { presetName ?? "variance_scaling" }
    /// The target variance times the fan.
    public let scale: Double
    /// Which fan divides `scale`.
    public let mode: Mode
    /// The distribution of the values.
    public let distribution: Distribution
    /// A seed that makes every call return the same values, or `nil`.
    public let seed: UInt64?
    private var presetName: String?

    /// Creates the initializer; throws when `scale` is not positive.
    public init(
        scale: Double = VarianceScaling.Defaults.scale, mode: Mode = VarianceScaling.Defaults.mode,
        distribution: Distribution = VarianceScaling.Defaults.distribution, seed: UInt64? = nil
    ) throws {
        guard scale > 0 else {
            throw TensorError.invalidArgument(
                operation: "VarianceScaling", reason: "scale must be positive, got \(scale)")
        }
        self.scale = scale
        self.mode = mode
        self.distribution = distribution
        self.seed = seed
    }

    private init(
        preset: String, scale: Double, mode: Mode, distribution: Distribution, seed: UInt64?
    ) {
        self.scale = scale
        self.mode = mode
        self.distribution = distribution
        self.seed = seed
        self.presetName = preset
    }

    /// The variance `scale / max(1, n)` for weights of `shape`.
    public func variance(for shape: [Int]) -> Double {
        let (fanIn, fanOut) = computeFans(shape)
        let n: Double
        switch mode {
        case .fanIn: n = Double(fanIn)
        case .fanOut: n = Double(fanOut)
        case .fanAvg: n = (Double(fanIn) + Double(fanOut)) / 2
        }
        return scale / Swift.max(1, n)
    }

    /// `{"name": …, "scale": …, "mode": …, "distribution": …, "seed": …}` (Keras's spellings of
    /// the mode and distribution).
    public var config: JSONValue {
        .object([
            "name": .string(name), "scale": .number(scale), "mode": .string(mode.rawValue),
            "distribution": .string(distribution.rawValue), "seed": seed.json,
        ])
    }

    public func callAsFunction(_ shape: [Int], using generator: inout RandomGenerator) throws
        -> Tensor
    {
        let v = variance(for: shape)
        return try drawing(seed: seed, &generator) { g in
            switch distribution {
            case .truncatedNormal:
                return try Tensor.truncatedNormal(
                    shape, standardDeviation: Float(v.squareRoot() / Self.truncationCorrection),
                    using: &g)
            case .untruncatedNormal:
                return try Tensor.randomNormal(
                    shape, standardDeviation: Float(v.squareRoot()), using: &g)
            case .uniform:
                let limit = Float((3 * v).squareRoot())
                return try Tensor.randomUniform(shape, lower: -limit, upper: limit, using: &g)
            }
        }
    }

    /// Glorot (Xavier) normal: variance 1 / fan_avg, truncated (Glorot & Bengio 2010).
    public static func glorotNormal(seed: UInt64? = nil) -> VarianceScaling {
        VarianceScaling(
            preset: "glorot_normal", scale: 1, mode: .fanAvg, distribution: .truncatedNormal,
            seed: seed)
    }

    /// Glorot (Xavier) uniform: limit √(6 / (fan_in + fan_out)) (Glorot & Bengio 2010); Keras's
    /// default kernel initializer.
    public static func glorotUniform(seed: UInt64? = nil) -> VarianceScaling {
        VarianceScaling(
            preset: "glorot_uniform", scale: 1, mode: .fanAvg, distribution: .uniform, seed: seed)
    }

    /// He normal: variance 2 / fan_in, truncated (He et al. 2015), for ReLU layers.
    public static func heNormal(seed: UInt64? = nil) -> VarianceScaling {
        VarianceScaling(
            preset: "he_normal", scale: 2, mode: .fanIn, distribution: .truncatedNormal, seed: seed)
    }

    /// He uniform: limit √(6 / fan_in) (He et al. 2015).
    public static func heUniform(seed: UInt64? = nil) -> VarianceScaling {
        VarianceScaling(
            preset: "he_uniform", scale: 2, mode: .fanIn, distribution: .uniform, seed: seed)
    }

    /// LeCun normal: variance 1 / fan_in, truncated (LeCun et al. 1998), for SELU networks
    /// (Klambauer et al. 2017).
    public static func lecunNormal(seed: UInt64? = nil) -> VarianceScaling {
        VarianceScaling(
            preset: "lecun_normal", scale: 1, mode: .fanIn, distribution: .truncatedNormal,
            seed: seed)
    }

    /// LeCun uniform: limit √(3 / fan_in) (LeCun et al. 1998).
    public static func lecunUniform(seed: UInt64? = nil) -> VarianceScaling {
        VarianceScaling(
            preset: "lecun_uniform", scale: 1, mode: .fanIn, distribution: .uniform, seed: seed)
    }
}

extension Initializer where Self == VarianceScaling {
    /// ``VarianceScaling/glorotNormal(seed:)``.
    public static var glorotNormal: VarianceScaling { .glorotNormal() }
    /// ``VarianceScaling/glorotUniform(seed:)``.
    public static var glorotUniform: VarianceScaling { .glorotUniform() }
    /// ``VarianceScaling/heNormal(seed:)``.
    public static var heNormal: VarianceScaling { .heNormal() }
    /// ``VarianceScaling/heUniform(seed:)``.
    public static var heUniform: VarianceScaling { .heUniform() }
    /// ``VarianceScaling/lecunNormal(seed:)``.
    public static var lecunNormal: VarianceScaling { .lecunNormal() }
    /// ``VarianceScaling/lecunUniform(seed:)``.
    public static var lecunUniform: VarianceScaling { .lecunUniform() }
}

extension VarianceScaling {
    /// Keras's defaults (scale 1, fan-in, truncated normal), declared once for the initializer,
    /// the config reader and the cell bindings.
    public enum Defaults {
        public static let scale = 1.0
        public static let mode = Mode.fanIn
        public static let distribution = Distribution.truncatedNormal
    }
}
