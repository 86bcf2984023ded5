import CTensorKernels

extension RandomGenerator {
    /// Fills `count` floats at `p` with the values `count` calls of ``nextFloat()`` would
    /// return (uniform in [0, 1), the top 24 bits of a word times 2⁻²⁴), and leaves the
    /// generator where those calls would: whole Philox blocks are computed sixteen at a time
    /// in vector lanes (the counter-based generator's blocks are independent), the rest word by
    /// word. On AVX-512 the blocks are computed by `tk_philox_uniform` (the same values, about
    /// five times as fast: native 32 × 32 → 64-bit products and in-register interleaving).
    public mutating func fillUniform(_ p: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i < count && used < 4 {
            p[i] = nextFloat()
            i += 1
        }
        if BLAS.engineKernelsAvailable && count - i >= 64 {
            let groups = (count - i) / 64
            tk_philox_uniform(p + i, groups, counter, key0, key1)
            counter &+= 16 &* UInt64(groups)
            i += 64 * groups
        }
        typealias Words = SIMD16<UInt32>
        let lanes = Words(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        while count - i >= 64 {
            let low = Words(repeating: UInt32(truncatingIfNeeded: counter)) &+ lanes
            // The high word of counter + k: one more where the low word wrapped.
            let carry = Words(repeating: 0).replacing(with: 1, where: low .< lanes)
            let high = Words(repeating: UInt32(truncatingIfNeeded: counter >> 32)) &+ carry
            let (c0, c1, c2, c3) = Self.philox16(low, high, key0, key1)
            let scale: Float = 0x1p-24
            let f0 = SIMD16<Float>(c0 &>> 8) * scale
            let f1 = SIMD16<Float>(c1 &>> 8) * scale
            let f2 = SIMD16<Float>(c2 &>> 8) * scale
            let f3 = SIMD16<Float>(c3 &>> 8) * scale
            let out = p + i
            for k in 0..<16 {
                out[4 * k] = f0[k]
                out[4 * k + 1] = f1[k]
                out[4 * k + 2] = f2[k]
                out[4 * k + 3] = f3[k]
            }
            counter &+= 16
            i += 64
        }
        while i < count {
            p[i] = nextFloat()
            i += 1
        }
    }

    /// Sixteen Philox-4×32-10 blocks for the counters (low, high, 0, 0), lane by lane: the
    /// same rounds as ``philox(_:_:_:)``.
    @inline(__always)
    static func philox16(
        _ low: SIMD16<UInt32>, _ high: SIMD16<UInt32>, _ key0: UInt32, _ key1: UInt32
    ) -> (SIMD16<UInt32>, SIMD16<UInt32>, SIMD16<UInt32>, SIMD16<UInt32>) {
        var (c0, c1, c2, c3) = (low, high, SIMD16<UInt32>(), SIMD16<UInt32>())
        var k0 = key0
        var k1 = key1
        for round in 0..<10 {
            if round > 0 {
                k0 &+= 0x9E37_79B9
                k1 &+= 0xBB67_AE85
            }
            let (hi0, lo0) = multiply(c0, 0xD251_1F53)
            let (hi1, lo1) = multiply(c2, 0xCD9E_8D57)
            (c0, c1, c2, c3) = (
                hi1 ^ c1 ^ SIMD16(repeating: k0), lo1, hi0 ^ c3 ^ SIMD16(repeating: k1), lo0
            )
        }
        return (c0, c1, c2, c3)
    }

    /// The high and low words of each lane's 64-bit product with `m`.
    @inline(__always)
    static func multiply(_ x: SIMD16<UInt32>, _ m: UInt32) -> (SIMD16<UInt32>, SIMD16<UInt32>) {
        let factor = SIMD8<UInt64>(repeating: UInt64(m))
        let a = SIMD8<UInt64>(truncatingIfNeeded: x.lowHalf) &* factor
        let b = SIMD8<UInt64>(truncatingIfNeeded: x.highHalf) &* factor
        return (
            SIMD16(
                lowHalf: SIMD8(truncatingIfNeeded: a &>> 32),
                highHalf: SIMD8(truncatingIfNeeded: b &>> 32)),
            SIMD16(lowHalf: SIMD8(truncatingIfNeeded: a), highHalf: SIMD8(truncatingIfNeeded: b))
        )
    }
}
