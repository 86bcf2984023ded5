#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// Scalar functions written without library calls or branches so that loops over them
/// vectorize, plus thin wrappers over the C library where precision matters more than speed.
enum FastMath {
    /// `eˣ` to within about 2 ulp: Cody–Waite range reduction `x = n·ln2 + r` and Cephes's
    /// degree-6 polynomial for `eʳ` on `[−ln2/2, ln2/2]`; clamps to the finite range, keeps NaN.
    @inline(__always)
    static func exp(_ x: Float) -> Float {
        let c = Swift.min(Swift.max(x, -87.33654), 88.37626)
        let n = (c * 1.442_695_04 + 12_582_912) - 12_582_912
        let r = c - n * 0.693_359_375 + n * 2.121_944_4e-4
        var p: Float = 1.987_569_15e-4
        p = p * r + 1.398_199_950_7e-3
        p = p * r + 8.333_451_907_3e-3
        p = p * r + 4.166_579_589_4e-2
        p = p * r + 1.666_666_545_9e-1
        p = p * r + 5.000_000_120_1e-1
        p = p * r * r + r + 1
        let scale = Float(bitPattern: UInt32(bitPattern: (Int32(n) &+ 127) &<< 23))
        let y = p * scale
        return x != x ? x : y
    }

    /// `ln x` from the C library.
    @inline(__always)
    static func log(_ x: Float) -> Float { logf(x) }

    /// `tanh x` from the C library.
    @inline(__always)
    static func tanh(_ x: Float) -> Float { tanhf(x) }

    /// `ln(1 + x)` from the C library.
    @inline(__always)
    static func log1p(_ x: Float) -> Float { log1pf(x) }

    /// `√x` (a single instruction).
    @inline(__always)
    static func sqrt(_ x: Float) -> Float { x.squareRoot() }

    /// `xᵖ` from the C library.
    @inline(__always)
    static func pow(_ x: Float, _ p: Float) -> Float { powf(x, p) }

    /// `ln x` in double precision from the C library.
    @inline(__always)
    static func log(_ x: Double) -> Double { Glibc_or_Darwin_log(x) }

    /// `cos x` in double precision from the C library.
    @inline(__always)
    static func cos(_ x: Double) -> Double { Glibc_or_Darwin_cos(x) }
}

@inline(__always)
private func Glibc_or_Darwin_log(_ x: Double) -> Double { log(x) }
@inline(__always)
private func Glibc_or_Darwin_cos(_ x: Double) -> Double { cos(x) }
