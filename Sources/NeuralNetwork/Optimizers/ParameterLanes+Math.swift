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

    /// |x| lane by lane (the sign bit cleared, as `Float.magnitude`).
    @inline(__always)
    var absolute: Self {
        let bits = unsafeBitCast(self, to: SIMD16<UInt32>.self) & 0x7FFF_FFFF
        return unsafeBitCast(bits, to: Self.self)
    }
}
