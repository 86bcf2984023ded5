import Tensors

/// Recreates initializers from their saved configurations (``Initializer/config``): the Keras
/// identifier under `"name"` plus the initializer's arguments.
public enum InitializerRegistry {
    /// The initializer that `config` describes (`{"name": "he_normal", "seed": 3}`); a bare
    /// string is taken as the name. Throws for an unknown name.
    public static func makeInitializer(config: JSONValue) throws -> any Initializer {
        let name = config.stringValue ?? config["name"]?.stringValue ?? ""
        let seed = config["seed"]?.intValue.map { UInt64($0) }
        func float(_ key: String, _ fallback: Float) -> Float {
            config[key]?.doubleValue.map { Float($0) } ?? fallback
        }
        switch name {
        case "zeros": return Zeros()
        case "ones": return Ones()
        case "constant": return Constant(float("value", 0))
        case "random_normal":
            return RandomNormal(
                mean: float("mean", RandomNormal.defaultMean),
                standardDeviation: float(
                    "standardDeviation", RandomNormal.defaultStandardDeviation),
                seed: seed)
        case "truncated_normal":
            return TruncatedNormal(
                mean: float("mean", RandomNormal.defaultMean),
                standardDeviation: float(
                    "standardDeviation", RandomNormal.defaultStandardDeviation),
                seed: seed)
        case "random_uniform":
            return RandomUniform(
                minimum: float("minimum", RandomUniform.defaultMinimum),
                maximum: float("maximum", RandomUniform.defaultMaximum), seed: seed)
        case "glorot_normal": return VarianceScaling.glorotNormal(seed: seed)
        case "glorot_uniform": return VarianceScaling.glorotUniform(seed: seed)
        case "he_normal": return VarianceScaling.heNormal(seed: seed)
        case "he_uniform": return VarianceScaling.heUniform(seed: seed)
        case "lecun_normal": return VarianceScaling.lecunNormal(seed: seed)
        case "lecun_uniform": return VarianceScaling.lecunUniform(seed: seed)
        case "variance_scaling":
            let mode =
                config["mode"]?.stringValue.flatMap(VarianceScaling.Mode.init)
                ?? VarianceScaling.Defaults.mode
            let distribution =
                config["distribution"]?.stringValue.flatMap(VarianceScaling.Distribution.init)
                ?? VarianceScaling.Defaults.distribution
            return try VarianceScaling(
                scale: config["scale"]?.doubleValue ?? VarianceScaling.Defaults.scale, mode: mode,
                distribution: distribution,
                seed: seed)
        default:
            throw TensorError.invalidArgument(
                operation: "InitializerRegistry",
                reason: "unknown initializer. Received: config=\((try? config.encoded()) ?? "?")")
        }
    }
}
