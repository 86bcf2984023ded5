#if HANDSON_AVX512 || HANDSON_AVX2
    import _Builtin_intrinsics.intel
#endif

extension SIMD16 where Scalar == Float {
    /// √x lane by lane, correctly rounded, in one instruction where the CPU has one (the
    /// standard library's version goes lane by lane through memory).
    @inline(__always)
    func squareRoot() -> Self {
        #if HANDSON_AVX512
            return _mm512_sqrt_ps(self)
        #elseif HANDSON_AVX2
            return Self(lowHalf: _mm256_sqrt_ps(lowHalf), highHalf: _mm256_sqrt_ps(highHalf))
        #else
            var result = Self()
            for i in indices { result[i] = self[i].squareRoot() }
            return result
        #endif
    }

    /// 1/√x lane by lane to within about two ulps: the CPU's 14-bit estimate refined by one
    /// Newton step (a fifth of the time of a square root and a division on AVX-512, which share
    /// one slow unit); zero gives +∞ and +∞ gives 0 as the exact formula does. Elsewhere the
    /// exact `1 / √x`. Deterministic: the same lanes give the same bits on every run.
    @inline(__always)
    func reciprocalSquareRoot() -> Self {
        #if HANDSON_AVX512
            let y0: Self = _mm512_rsqrt14_ps(self)
            let e: Self = _mm512_fnmadd_ps(_mm512_mul_ps(self, y0), y0, Self(repeating: 1))
            let y1: Self = _mm512_fmadd_ps(_mm512_mul_ps(y0, Self(repeating: 0.5)), e, y0)
            // 0 and ∞ (and NaN) keep the estimate, which is already exact there.
            return y1.replacing(with: y0, where: (self .== 0) .| .!(self .< .infinity))
        #else
            return 1 / squareRoot()
        #endif
    }

    /// 1/(√x + ε) lane by lane to within about four ulps (Adam's and Nadam's denominator): √x
    /// as x·(1/√x) from ``reciprocalSquareRoot()``, then the reciprocal from the CPU's 14-bit
    /// estimate refined by one Newton step — no square root or division on AVX-512. Zeros,
    /// infinities and NaN give what the exact formula gives. Elsewhere the exact formula.
    ///
    /// For x ≥ 0 (Adam's and Nadam's v), with subnormal numbers read as zero (as every
    /// optimizer step runs, ``FloatingPointMode/flushingSubnormals(_:)``). The usual lanes run
    /// straight through: x = 0 takes 1/√ of the smallest normal number (finite, so x·(1/√x)
    /// is 0 as √0 is). A vector with a lane that needs the special cases (x = +∞ or NaN, or
    /// √x + ε = 0), which give NaN on the way, is computed again with them
    /// (``reciprocalOfSquareRootWithSpecialCases(plus:)``); the usual lanes get the same bits
    /// either way.
    @inline(__always)
    func reciprocalOfSquareRoot(plus epsilon: Float) -> Self {
        #if HANDSON_AVX512
            let clamped: Self = _mm512_max_ps(Self(repeating: .leastNormalMagnitude), self)
            let y0: Self = _mm512_rsqrt14_ps(clamped)
            let e: Self = _mm512_fnmadd_ps(_mm512_mul_ps(clamped, y0), y0, Self(repeating: 1))
            let r: Self = _mm512_fmadd_ps(_mm512_mul_ps(y0, Self(repeating: 0.5)), e, y0)
            let d = self * r + epsilon
            let z0: Self = _mm512_rcp14_ps(d)
            let z1: Self = _mm512_fmadd_ps(z0, _mm512_fnmadd_ps(d, z0, Self(repeating: 1)), z0)
            // A usual lane gives a positive number; +∞ and NaN give NaN, and so does √x + ε = 0.
            if !all(z1 .> 0) { return reciprocalOfSquareRootWithSpecialCases(plus: epsilon) }
            return z1
        #else
            return 1 / (squareRoot() + epsilon)
        #endif
    }

    /// ``reciprocalOfSquareRoot(plus:)`` with every special case blended in lane by lane.
    @inline(never)
    func reciprocalOfSquareRootWithSpecialCases(plus epsilon: Float) -> Self {
        #if HANDSON_AVX512
            let root = (self * reciprocalSquareRoot())
                .replacing(with: self, where: (self .== 0) .| (self .== .infinity))
            let d = root + epsilon
            let y0: Self = _mm512_rcp14_ps(d)
            let e: Self = _mm512_fnmadd_ps(d, y0, Self(repeating: 1))
            let y1: Self = _mm512_fmadd_ps(y0, e, y0)
            return y1.replacing(with: y0, where: (d .== 0) .| .!(d .< .infinity))
        #else
            return 1 / (squareRoot() + epsilon)
        #endif
    }

    /// |x| lane by lane (the sign bit cleared, as `Float.magnitude`).
    @inline(__always)
    var absolute: Self {
        let bits = unsafeBitCast(self, to: SIMD16<UInt32>.self) & 0x7FFF_FFFF
        return unsafeBitCast(bits, to: Self.self)
    }
}

/// A float32 divisor `b` kept with its reciprocal, so that lanes are divided by it with one
/// multiply and two fused multiply-adds instead of a division (a tenth of the time on
/// AVX-512), with the same result as `x / b`: q = x·(1/b) is within an ulp of x/b, the
/// remainder r = x − q·b is exact in an FMA, and q + r·(1/b) rounds to the correctly rounded
/// quotient (Markstein's theorem). The one exception is a dividend so small that r underflows
/// (|x| < 2⁻¹⁰⁰, flushed to zero during optimizer steps anyway), where the quotient may be an
/// ulp away (the same for a quotient below 2⁻¹⁰⁰). A divisor whose reciprocal is not a normal number is divided by directly.
struct ScalarDivisor {
    let divisor: Float
    let reciprocal: Float
    let direct: Bool

    init(_ divisor: Float) {
        self.divisor = divisor
        reciprocal = 1 / divisor
        direct = !divisor.isNormal || !reciprocal.isNormal
    }
}

extension SIMD16 where Scalar == Float {
    /// `self / d.divisor`, lane by lane (see ``ScalarDivisor``).
    @inline(__always)
    func divided(by d: ScalarDivisor) -> Self {
        #if HANDSON_AVX512
            if d.direct { return self / d.divisor }
            let y = _mm512_set1_ps(d.reciprocal)
            let q = _mm512_mul_ps(self, y)
            let r = _mm512_fnmadd_ps(q, _mm512_set1_ps(d.divisor), self)
            let corrected: Self = _mm512_fmadd_ps(r, y, q)
            // r = 0: q is exact (and keeps the sign of a zero dividend); r = NaN: an infinite
            // dividend (∞ − ∞), where x·(1/b) is already right.
            return corrected.replacing(with: q, where: (r .== 0) .| (r .!= r))
        #else
            return self / d.divisor
        #endif
    }
}
