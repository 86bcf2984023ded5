extension RandomGenerator {
    /// A uniform Float in `[0, 1)`: the top 24 bits of one word times 2⁻²⁴ (exact, portable).
    public mutating func nextFloat() -> Float {
        Float(nextUInt32() >> 8) * 0x1p-24
    }

    /// A uniform Double in `[0, 1)` from 53 random bits.
    public mutating func nextDouble() -> Double {
        Double(nextUInt64() >> 11) * 0x1p-53
    }

    /// A uniform integer in `0..<bound` without modulo bias (Lemire's multiply-and-reject,
    /// 2019); 0 when `bound ≤ 1`.
    public mutating func nextInt(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let n = UInt64(bound)
        let threshold = (0 &- n) % n
        while true {
            let (hi, lo) = nextUInt64().multipliedFullWidth(by: n)
            if lo >= threshold { return Int(hi) }
        }
    }

    /// A uniform Float in `[lower, upper)`.
    public mutating func uniform(_ lower: Float = 0, _ upper: Float = 1) -> Float {
        lower + (upper - lower) * nextFloat()
    }

    /// A normal deviate with the given mean and standard deviation, by the Box–Muller transform
    /// in double precision (`√(−2 ln u₁) · cos 2πu₂`, u₁ in (0, 1]), one deviate per pair.
    public mutating func normal(mean: Float = 0, standardDeviation: Float = 1) -> Float {
        let u1 = Double((nextUInt64() >> 11) + 1) * 0x1p-53
        let u2 = nextDouble()
        let z = (-2 * FastMath.log(u1)).squareRoot() * FastMath.cos(2 * Double.pi * u2)
        return mean + standardDeviation * Float(z)
    }

    /// A normal deviate redrawn until it lies within two standard deviations of the mean
    /// (TensorFlow's and Keras's `truncated_normal`).
    public mutating func truncatedNormal(mean: Float = 0, standardDeviation: Float = 1) -> Float {
        while true {
            let z = normal()
            if Swift.abs(z) <= 2 { return mean + standardDeviation * z }
        }
    }

    /// Shuffles `array` in place (Fisher–Yates, from the last element down).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, nextInt(below: i + 1))
        }
    }

    /// A random permutation of `0..<count`.
    public mutating func permutation(_ count: Int) -> [Int] {
        var p = Array(0..<Swift.max(count, 0))
        shuffle(&p)
        return p
    }

    /// `k` distinct integers drawn uniformly from `0..<n` without replacement, in draw order
    /// (a partial Fisher–Yates shuffle). Throws when `k > n` or either is negative.
    public mutating func sample(_ k: Int, from n: Int) throws -> [Int] {
        guard k >= 0, n >= 0, k <= n else {
            throw TensorError.invalidArgument(
                operation: "sample", reason: "cannot draw \(k) distinct values from \(n)")
        }
        var pool = Array(0..<n)
        for i in 0..<k { pool.swapAt(i, i + nextInt(below: n - i)) }
        return Array(pool[..<k])
    }
}
