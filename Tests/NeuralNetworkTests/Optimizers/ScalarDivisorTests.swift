import Testing

@testable import NeuralNetwork

/// Division by a constant through its reciprocal and two FMAs must give the correctly rounded
/// quotient `x / b`, bit for bit, as the optimizers' Keras numbers rely on it.
@Suite struct ScalarDivisorTests {
    /// A small deterministic generator (xorshift), so a failure names the same values again.
    struct Bits {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt32 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt32(truncatingIfNeeded: state >> 16)
        }
    }

    @Test func equalsDivisionForNormalDividends() {
        var bits = Bits()
        // The divisors the optimizers meet (bias corrections, clipping norms) and arbitrary ones.
        var divisors: [Float] = [0.1, 0.001, 0.999, 0.4679999, 1 - 0.999 * 0.999, 3, 1e-7, 7e12]
        for _ in 0..<40 {
            divisors.append(Float(bitPattern: 0x0D00_0000 + bits.next() % 0x6000_0000))
        }
        var mismatches = 0
        for b in divisors {
            let divisor = ScalarDivisor(b)
            for _ in 0..<2_000 {
                var lanes = SIMD16<Float>()
                for k in 0..<16 {
                    let magnitude = Float(bitPattern: 0x0D00_0000 + bits.next() % 0x7000_0000)
                    lanes[k] = k % 2 == 0 ? magnitude : -magnitude
                }
                let fast = lanes.divided(by: divisor)
                let exact = lanes / b
                // Markstein's theorem holds where nothing underflows: a quotient below 2⁻¹⁰⁰
                // (flushed to zero during optimizer steps anyway) is left out.
                for k in 0..<16 where exact[k].magnitude >= 0x1p-100 && exact[k].isFinite {
                    if fast[k].bitPattern != exact[k].bitPattern { mismatches += 1 }
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func specialValuesFollowDivision() {
        let divisor = ScalarDivisor(0.3)
        var x = SIMD16<Float>(repeating: 1)
        x[0] = .infinity
        x[1] = -.infinity
        x[2] = .nan
        x[3] = 0
        x[4] = -0.0
        let q = x.divided(by: divisor)
        #expect(q[0] == .infinity && q[1] == -.infinity && q[2].isNaN)
        #expect(q[3] == 0 && q[3].sign == .plus && q[4] == 0 && q[4].sign == .minus)
        #expect(q[5] == 1 / Float(0.3))
        // A divisor without a normal reciprocal is divided by directly.
        for b: Float in [0, .infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude] {
            let d = ScalarDivisor(b)
            let quotient = SIMD16<Float>(repeating: 2).divided(by: d)
            let expected = 2 / b
            #expect(quotient[0] == expected || (quotient[0].isNaN && expected.isNaN))
        }
    }
}
