import Testing

@testable import NeuralNetwork

/// RMSprop's `1/√(v + ε)` through the CPU's estimate and a Newton step: within two ulps of the
/// exact value everywhere it is finite, and the exact special values at 0, ∞ and NaN.
@Suite struct ReciprocalSquareRootTests {
    @Test func withinTwoUlpsOfTheExactValue() {
        var bits = ScalarDivisorTests.Bits()
        var worst: Float = 0
        for _ in 0..<20_000 {
            var lanes = SIMD16<Float>()
            for k in 0..<16 {
                // Normal numbers from 2⁻¹⁰⁰ to 2¹⁰⁰: squared gradients plus ε, and beyond.
                lanes[k] = Float(bitPattern: 0x0D80_0000 + bits.next() % 0x6400_0000)
            }
            let fast = lanes.reciprocalSquareRoot()
            for k in 0..<16 {
                let exact = Float(1 / Double(lanes[k]).squareRoot())
                worst = max(worst, (fast[k] - exact).magnitude / exact.ulp)
            }
        }
        #expect(worst <= 2, "worst error \(worst) ulps")
    }

    @Test func specialValuesFollowTheExactFormula() {
        var x = SIMD16<Float>(repeating: 4)
        x[0] = 0
        x[1] = .infinity
        x[2] = .nan
        x[3] = -1
        x[4] = 1e-7
        let y = x.reciprocalSquareRoot()
        #expect(y[0] == .infinity && y[1] == 0 && y[2].isNaN && y[3].isNaN)
        #expect((y[4] - Float(1 / (1e-7 as Double).squareRoot())).magnitude <= 2 * y[4].ulp)
        #expect(y[5] == 0.5)
    }
}

/// Adam's and Nadam's `1/(√v + ε)` without a square root or a division: within four ulps of
/// the exact value, and the exact special values.
@Suite struct ReciprocalOfSquareRootPlusEpsilonTests {
    @Test func withinFourUlpsOfTheExactValue() {
        var bits = ScalarDivisorTests.Bits()
        var worst: Float = 0
        for epsilon: Float in [1e-7, 1e-3, 0] {
            for _ in 0..<10_000 {
                var lanes = SIMD16<Float>()
                for k in 0..<16 {
                    lanes[k] = Float(bitPattern: 0x0D80_0000 + bits.next() % 0x6400_0000)
                }
                let fast = lanes.reciprocalOfSquareRoot(plus: epsilon)
                for k in 0..<16 {
                    let exact = Float(1 / (Double(lanes[k]).squareRoot() + Double(epsilon)))
                    worst = max(worst, (fast[k] - exact).magnitude / exact.ulp)
                }
            }
        }
        #expect(worst <= 4, "worst error \(worst) ulps")
    }

    /// Zeros and normal numbers take the straight path, which gives the bits of the path with
    /// every special case blended in; a zero needs no detour.
    @Test func theStraightPathEqualsTheCarefulOne() {
        var bits = ScalarDivisorTests.Bits()
        for epsilon: Float in [1e-7, 1e-3] {
            for round in 0..<2_000 {
                var lanes = SIMD16<Float>()
                for k in 0..<16 where (round + k) % 5 != 0 {
                    lanes[k] = Float(bitPattern: 0x0080_0000 + bits.next() % 0x7E80_0000)
                }
                let fast = lanes.reciprocalOfSquareRoot(plus: epsilon)
                let careful = lanes.reciprocalOfSquareRootWithSpecialCases(plus: epsilon)
                #expect(fast == careful, "\(lanes)")
                for k in 0..<16 where lanes[k] == 0 {
                    #expect(abs(fast[k] - 1 / epsilon) <= (1 / epsilon).ulp)
                }
            }
        }
    }

    @Test func specialValuesFollowTheExactFormula() {
        var v = SIMD16<Float>(repeating: 4)
        v[0] = 0
        v[1] = .infinity
        v[2] = .nan
        let y = v.reciprocalOfSquareRoot(plus: 1e-7)
        #expect(y[0] == 1e7 && y[1] == 0 && y[2].isNaN)
        let z = v.reciprocalOfSquareRoot(plus: 0)
        #expect(z[0] == .infinity && z[1] == 0 && z[2].isNaN && z[3] == 0.5)
    }
}
