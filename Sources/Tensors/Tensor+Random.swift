extension Tensor {
    /// Uniform values in `[lower, upper)` drawn from `generator`.
    public static func randomUniform(
        _ shape: [Int], lower: Float = 0, upper: Float = 1, using generator: inout RandomGenerator
    ) throws -> Tensor {
        try filled(shape) { generator.uniform(lower, upper) }
    }

    /// Normal values with the given mean and standard deviation drawn from `generator`.
    public static func randomNormal(
        _ shape: [Int], mean: Float = 0, standardDeviation: Float = 1,
        using generator: inout RandomGenerator
    ) throws -> Tensor {
        try filled(shape) { generator.normal(mean: mean, standardDeviation: standardDeviation) }
    }

    /// Normal values redrawn until within two standard deviations of the mean (Keras's
    /// `TruncatedNormal`; note its variance is about 0.774·σ²).
    public static func truncatedNormal(
        _ shape: [Int], mean: Float = 0, standardDeviation: Float = 1,
        using generator: inout RandomGenerator
    ) throws -> Tensor {
        try filled(shape) {
            generator.truncatedNormal(mean: mean, standardDeviation: standardDeviation)
        }
    }

    /// A tensor of `shape` whose elements are drawn in order by `draw`.
    private static func filled(_ shape: [Int], _ draw: () -> Float) throws -> Tensor {
        var t = try Tensor.zeros(shape)
        t.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] = draw() }
        }
        return t
    }
}
