import Tensors

extension SyntheticData {
    /// The XOR problem: point `i` sits at corner `i mod 4` of the unit square, in the order
    /// (0,0), (0,1), (1,0), (1,1), plus Gaussian noise of standard deviation `noise`; its label is
    /// `x₁ XOR x₂` of the corner. `xor(count: 4, noise: 0)` is the truth table (Minsky & Papert
    /// 1969's example of what a single perceptron cannot learn).
    public static func xor(count: Int = 4, noise: Float = 0, seed: UInt64 = 0) throws
        -> LabeledData
    {
        try checkCount(count, "SyntheticData.xor")
        var generator = RandomGenerator(seed: seed)
        var scalars: [Float] = []
        var labels: [Int] = []
        for i in 0..<count {
            let (a, b) = ((i % 4) / 2, i % 2)
            for corner in [a, b] {
                let jitter = noise > 0 ? generator.normal(standardDeviation: noise) : 0
                scalars.append(Float(corner) + jitter)
            }
            labels.append(a ^ b)
        }
        return LabeledData(x: try Tensor(shape: [count, 2], scalars: scalars), labels: labels)
    }
}
