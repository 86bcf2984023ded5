import Testing

@testable import Tensors

/// The engine's own matrix-product kernels (and the BLAS fallback) against a Float64 reference,
/// over the edge cases of their tiling: row and column tails, reduction blocks, transposes,
/// α/β, strided C, the bias epilogue, and bit-identical results however the work is split.
/// Serialized because it switches the process-wide kernel choice.
@Suite(.serialized)
struct GEMMKernelTests {
    struct Case: CustomStringConvertible {
        var m: Int, n: Int, k: Int
        var description: String { "\(m)x\(n)x\(k)" }
    }

    static let cases: [Case] = [
        Case(m: 1, n: 1, k: 1), Case(m: 3, n: 5, k: 7), Case(m: 8, n: 16, k: 16),
        Case(m: 9, n: 17, k: 33), Case(m: 7, n: 31, k: 15), Case(m: 16, n: 32, k: 64),
        Case(m: 17, n: 33, k: 300), Case(m: 32, n: 100, k: 100), Case(m: 32, n: 300, k: 784),
        Case(m: 13, n: 47, k: 513), Case(m: 2, n: 4, k: 0),
    ]

    /// `alpha · op(A) · op(B) + beta · C (+ bias)` in Float64.
    static func reference(
        _ c: Case, transposeA: Bool, transposeB: Bool, alpha: Float, a: [Float], b: [Float],
        beta: Float, c0: [Float], ldc: Int, bias: [Float]? = nil
    ) -> [Double] {
        var out = c0.map(Double.init)
        for i in 0..<c.m {
            for j in 0..<c.n {
                var s = 0.0
                for p in 0..<c.k {
                    let x = transposeA ? a[p * c.m + i] : a[i * c.k + p]
                    let y = transposeB ? b[j * c.k + p] : b[p * c.n + j]
                    s += Double(x) * Double(y)
                }
                let old = beta == 0 ? 0 : Double(beta) * Double(c0[i * ldc + j])
                out[i * ldc + j] = Double(alpha) * s + old + (bias.map { Double($0[j]) } ?? 0)
            }
        }
        return out
    }

    static func random(_ count: Int, _ g: inout RandomGenerator) -> [Float] {
        (0..<count).map { _ in g.nextFloat() * 2 - 1 }
    }

    @Test(arguments: [BLAS.Kernels.engine, .library])
    func productsMatchReference(_ kernels: BLAS.Kernels) throws {
        var g = RandomGenerator(seed: 11)
        for c in Self.cases {
            for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
                for (alpha, beta) in [(Float(1), Float(0)), (-0.3, 1), (0.7, 0.5)] {
                    let a = Self.random(c.m * c.k, &g)
                    let b = Self.random(c.k * c.n, &g)
                    let ldc = c.n + 3
                    var out = Self.random(c.m * ldc, &g)
                    if beta == 0 { out = out.map { _ in .nan } }
                    let expected = Self.reference(
                        c, transposeA: ta, transposeB: tb, alpha: alpha, a: a, b: b, beta: beta,
                        c0: out, ldc: ldc)
                    BLAS.sgemm(
                        transposeA: ta, transposeB: tb, m: c.m, n: c.n, k: c.k, alpha: alpha,
                        a: a, lda: ta ? c.m : c.k, b: b, ldb: tb ? c.k : c.n, beta: beta,
                        c: &out, ldc: ldc, kernels: kernels)
                    let tolerance = 1e-5 * Double(Swift.max(c.k, 1)).squareRoot() * 4
                    var worst = 0.0
                    for i in 0..<c.m {
                        for j in 0..<c.n {
                            let e = expected[i * ldc + j]
                            let d = Swift.abs(Double(out[i * ldc + j]) - e)
                            worst = Swift.max(worst, d.isNaN ? .infinity : d)
                        }
                    }
                    #expect(worst <= tolerance, "\(c) ta=\(ta) tb=\(tb) α=\(alpha) β=\(beta)")
                    // Padding between rows of C is never written.
                    for i in 0..<c.m {
                        for j in c.n..<ldc where beta != 0 {
                            #expect(Float(expected[i * ldc + j]) == out[i * ldc + j])
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: [BLAS.Kernels.engine, .library])
    func biasEpilogueMatchesReference(_ kernels: BLAS.Kernels) throws {
        var g = RandomGenerator(seed: 12)
        for c in Self.cases where c.k > 0 {
            let a = Self.random(c.m * c.k, &g)
            let b = Self.random(c.k * c.n, &g)
            let bias = Self.random(c.n, &g)
            var out = [Float](repeating: .nan, count: c.m * c.n)
            let expected = Self.reference(
                c, transposeA: false, transposeB: false, alpha: 1, a: a, b: b, beta: 0,
                c0: [Float](repeating: 0, count: c.m * c.n), ldc: c.n, bias: bias)
            BLAS.sgemmBias(
                transposeA: false, m: c.m, n: c.n, k: c.k, a: a, lda: c.k, b: b, ldb: c.n,
                bias: bias, c: &out, ldc: c.n, kernels: kernels)
            let worst = zip(out, expected).map { Swift.abs(Double($0) - $1) }.max() ?? 0
            #expect(worst <= 1e-4, "\(c)")
        }
    }

    /// Splitting C by columns or by rows (as the two-thread paths do) gives the same bits.
    @Test func splitsAreBitIdentical() throws {
        var g = RandomGenerator(seed: 13)
        for c in [
            Case(m: 32, n: 300, k: 784), Case(m: 19, n: 45, k: 37), Case(m: 784, n: 300, k: 32),
        ] {
            for (ta, tb) in [(false, false), (true, false), (false, true)] {
                let a = Self.random(c.m * c.k, &g)
                let b = Self.random(c.k * c.n, &g)
                let (lda, ldb) = (ta ? c.m : c.k, tb ? c.k : c.n)
                var whole = [Float](repeating: 0, count: c.m * c.n)
                BLAS.sgemm(
                    transposeA: ta, transposeB: tb, m: c.m, n: c.n, k: c.k, alpha: -0.01, a: a,
                    lda: lda, b: b, ldb: ldb, beta: 0, c: &whole, ldc: c.n)
                var columns = [Float](repeating: 0, count: c.m * c.n)
                var rows = [Float](repeating: 0, count: c.m * c.n)
                let (h, r) = (c.n / 2 - 3, c.m / 2 + 1)
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        columns.withUnsafeMutableBufferPointer { pc in
                            for (lo, hi) in [(0, h), (h, c.n)] {
                                BLAS.sgemm(
                                    transposeA: ta, transposeB: tb, m: c.m, n: hi - lo, k: c.k,
                                    alpha: -0.01, a: pa.baseAddress!, lda: lda,
                                    b: pb.baseAddress! + (tb ? lo * ldb : lo), ldb: ldb, beta: 0,
                                    c: pc.baseAddress! + lo, ldc: c.n)
                            }
                        }
                        rows.withUnsafeMutableBufferPointer { pc in
                            for (lo, hi) in [(0, r), (r, c.m)] {
                                BLAS.sgemm(
                                    transposeA: ta, transposeB: tb, m: hi - lo, n: c.n, k: c.k,
                                    alpha: -0.01, a: pa.baseAddress! + (ta ? lo : lo * lda),
                                    lda: lda, b: pb.baseAddress!, ldb: ldb, beta: 0,
                                    c: pc.baseAddress! + lo * c.n, ldc: c.n)
                            }
                        }
                    }
                }
                if BLAS.engineKernelsAvailable && BLAS.kernels == .engine {
                    #expect(
                        whole.map(\.bitPattern) == columns.map(\.bitPattern), "\(c) \(ta) \(tb)")
                    #expect(whole.map(\.bitPattern) == rows.map(\.bitPattern), "\(c) \(ta) \(tb)")
                } else {
                    let worst = zip(whole, columns).map { Swift.abs($0 - $1) }.max() ?? 0
                    #expect(worst < 1e-4)
                }
            }
        }
    }
}
