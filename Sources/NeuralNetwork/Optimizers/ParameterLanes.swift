#if HANDSON_AVX512
    import _Builtin_intrinsics.intel
#endif

/// Loads and stores for running an optimizer's per-parameter rule over whole buffers 16
/// parameters at a time (`SIMD16<Float>`, one AVX-512 register; each update loop steps `i` by
/// 16 with `n = min(16, count − i)`), the last block padded with zeros that are never stored (masked loads and stores on AVX-512). The lanes are independent, so the results equal the scalar rule's bit for bit.
enum ParameterLanes {
    typealias Vector = SIMD16<Float>

    /// Elements `i..<i + n` of `p` (n ≤ 16), zeros in the lanes past `n`.
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, _ i: Int, _ n: Int) -> Vector {
        if n == 16 { return UnsafeRawPointer(p + i).loadUnaligned(as: Vector.self) }
        #if HANDSON_AVX512
            return _mm512_maskz_loadu_ps(__mmask16((1 << n) - 1), p + i)
        #endif
        var v = Vector()
        for k in 0..<n { v[k] = p[i + k] }
        return v
    }

    @inline(__always)
    static func load(_ p: UnsafeMutablePointer<Float>, _ i: Int, _ n: Int) -> Vector {
        load(UnsafePointer(p), i, n)
    }

    /// Stores the first `n` lanes of `v` at elements `i..<i + n` of `p`.
    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>, _ i: Int, _ n: Int) {
        if n == 16 {
            UnsafeMutableRawPointer(p + i).storeBytes(of: v, as: Vector.self)
            return
        }
        #if HANDSON_AVX512
            _mm512_mask_storeu_ps(p + i, __mmask16((1 << n) - 1), v)
            return
        #endif
        for k in 0..<n { p[i + k] = v[k] }
    }
}
