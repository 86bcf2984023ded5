import CPeak
import Foundation

/// The machine's FMA throughput, measured with 12 independent AVX-512 (or AVX2) FMA chains per
/// thread, on 1 thread and on every core.
enum Peak {
    struct Result {
        var isa: String
        var threads: Int
        var gflops: Double
    }

    static func measure(seconds: Double) -> [Result] {
        var results: [Result] = []
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let kinds: [(String, Int, (Int) -> Float)] = [
            ("AVX-512", 16, { cpeak_fma512($0) }), ("AVX2", 8, { cpeak_fma256($0) }),
        ]
        for (isa, lanes, kernel) in kinds {
            if isa == "AVX-512" && cpeak_has_avx512f() == 0 { continue }
            if isa == "AVX2" && cpeak_has_avx2() == 0 { continue }
            for threads in Set([1, cores]).sorted() {
                var best = 0.0
                for _ in 0..<3 {
                    best = max(best, run(threads: threads, lanes: lanes, seconds: seconds, kernel))
                }
                results.append(Result(isa: isa, threads: threads, gflops: best))
            }
        }
        return results
    }

    /// GFLOP/s of `threads` threads each running `kernel` for about `seconds`.
    private static func run(
        threads: Int, lanes: Int, seconds: Double, _ kernel: @escaping (Int) -> Float
    ) -> Double {
        var iterations = 1_000_000
        while true {
            let start = Date()
            _ = kernel(iterations)
            if Date().timeIntervalSince(start) > 0.05 { break }
            iterations *= 4
        }
        let perSecond = Double(iterations) / max(1e-9, probe(kernel, iterations))
        let n = Int(perSecond * seconds)
        let group = DispatchGroup()
        let start = Date()
        for _ in 0..<threads {
            group.enter()
            Thread.detachNewThread {
                _ = kernel(n)
                group.leave()
            }
        }
        group.wait()
        let elapsed = Date().timeIntervalSince(start)
        return Double(n) * 12 * Double(lanes) * 2 * Double(threads) / elapsed / 1e9
    }

    private static func probe(_ kernel: (Int) -> Float, _ n: Int) -> Double {
        let start = Date()
        _ = kernel(n)
        return Date().timeIntervalSince(start)
    }
}
