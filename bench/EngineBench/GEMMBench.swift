import Foundation
import Tensors

/// SGEMM throughput of the linked BLAS for 1024³ and for the products of a W1–W4 training step.
enum GEMMBench {
    struct Shape {
        var name: String
        var m: Int
        var n: Int
        var k: Int
        var transposeA = false
        var transposeB = false
    }

    static let shapes: [Shape] = [
        Shape(name: "1024^3", m: 1024, n: 1024, k: 1024),
        Shape(name: "W1 fwd 32x784.784x300", m: 32, n: 300, k: 784),
        Shape(name: "W1 dW 784x32.32x300", m: 784, n: 300, k: 32, transposeA: true),
        Shape(name: "W1 dX 32x300.300x100^T", m: 32, n: 300, k: 100, transposeB: true),
        Shape(name: "W2 fwd 256x784.784x300", m: 256, n: 300, k: 784),
        Shape(name: "W2 dW 784x256.256x300", m: 784, n: 300, k: 256, transposeA: true),
        Shape(name: "W3 fwd 32x100.100x100", m: 32, n: 100, k: 100),
        Shape(name: "W3 dW 100x32.32x100", m: 100, n: 100, k: 32, transposeA: true),
        Shape(name: "W4 fwd 1024x784.784x300", m: 1024, n: 300, k: 784),
    ]

    /// GFLOP/s (best of repeated timed loops of about `seconds` each) of one shape.
    static func measure(_ s: Shape, seconds: Double) -> Double {
        let a = [Float](repeating: 0.5, count: s.m * s.k)
        let b = [Float](repeating: 0.25, count: s.k * s.n)
        var c = [Float](repeating: 0, count: s.m * s.n)
        let flops = 2.0 * Double(s.m * s.n * s.k)
        func call(_ times: Int) -> Double {
            let start = Date()
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        for _ in 0..<times {
                            BLAS.sgemm(
                                transposeA: s.transposeA, transposeB: s.transposeB, m: s.m, n: s.n,
                                k: s.k, alpha: 1, a: pa.baseAddress!,
                                lda: s.transposeA ? s.m : s.k, b: pb.baseAddress!,
                                ldb: s.transposeB ? s.k : s.n, beta: 0, c: pc.baseAddress!,
                                ldc: s.n)
                        }
                    }
                }
            }
            return Date().timeIntervalSince(start)
        }
        var times = 1
        while call(times) < 0.02 { times *= 4 }
        let calls = max(1, Int(Double(times) * seconds / max(call(times), 1e-6)))
        var best = 0.0
        for _ in 0..<3 { best = max(best, flops * Double(calls) / call(calls) / 1e9) }
        return best
    }
}
