import Foundation

/// The engine's mutable settings and sequences, owned by whoever runs code against the engine: a
/// chapter's session binds its own context while its cells run, so two chapters — one after
/// the other in a long-lived process, or at the same time on two threads — never see each
/// other's seed sequence, layer-name counters, kernel choice or threading switch.
///
/// Code that runs outside any binding (library users, benchmarks, most unit tests) uses one
/// process-wide default context, with the same defaults a fresh chapter gets.
///
/// The context holds
/// - the seed sequence that layers built without an explicit generator, `fit`'s shuffling,
///   dropout and the data generators draw their seeds from (Keras's global seed,
///   `keras.utils.set_random_seed`);
/// - the per-kind counters of automatic layer names (`dense`, `dense_1`, … — Keras's
///   `clear_session()` restarts them);
/// - the matrix-product kernel choice and the two-thread splitting switches.
public final class EngineContext: @unchecked Sendable {
    private let lock = NSLock()
    private var seeds: RandomGenerator
    private var nameCounts: [String: Int] = [:]

    /// The matrix-product kernels (``BLAS/Kernels``) products use in this context.
    public var kernels: BLAS.Kernels
    /// The largest product (2·m·n·k FLOPs) given to the engine's own kernels.
    public var engineKernelLimit: Int
    /// Whether the fused kernels split work across two threads (results are the same either way).
    public var parallel: Bool
    /// Whether split-or-whole is chosen by timing (see ``Parallelism/adaptive``).
    public var adaptive: Bool
    /// The smallest product worth splitting across two threads.
    public var minimumWork: Int
    /// Forward passes of at least twice this many rows are split by rows.
    public var rowSplitThreshold: Int

    /// A context whose seed sequence starts from `seed` (42, as a fresh chapter), with the
    /// process's default kernel and threading settings.
    public init(seed: UInt64 = 42) {
        seeds = Self.seedSequence(seed)
        kernels = BLAS.defaultKernels
        engineKernelLimit = 1_000_000_000
        parallel = false
        adaptive = false
        minimumWork = 1_000_000
        rowSplitThreshold = 64
    }

    /// The generator of a context's seed sequence for `seed`: a stream of its own (the seed is
    /// mixed with a constant), so the seeds handed to layers do not repeat the bits that a
    /// generator seeded with `seed` itself gives the chapter's random tensors.
    static func seedSequence(_ seed: UInt64) -> RandomGenerator {
        RandomGenerator(seed: seed ^ 0x5EED_5EED_0000_0000)
    }

    /// The context of the code running now: the innermost ``run(_:)`` on this thread (or task),
    /// else the process-wide default.
    public static var current: EngineContext { bound ?? processDefault }

    /// The context of code that runs outside any ``run(_:)``.
    public static let processDefault = EngineContext()

    @TaskLocal private static var bound: EngineContext?

    /// Runs `body` with this context as ``current`` (on this thread, and in tasks it creates).
    public func run<R>(_ body: () throws -> R) rethrows -> R {
        try Self.$bound.withValue(self, operation: body)
    }

    // MARK: - Seeds

    /// Restarts the seed sequence from `seed` (a cell's `seed(N)` or `setSeed(N)`).
    public func setSeed(_ seed: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        seeds = Self.seedSequence(seed)
    }

    /// The next seed of the sequence.
    public func nextSeed() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return seeds.nextUInt64()
    }

    // MARK: - Names

    /// The next unused automatic name for layers of `kind`: `kind`, then `kind_1`, `kind_2` …
    public func uniqueName(_ kind: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let n = nameCounts[kind, default: 0]
        nameCounts[kind] = n + 1
        return n == 0 ? kind : "\(kind)_\(n)"
    }

    /// Starts every kind's numbering again (Keras's `clear_session()`).
    public func resetNames() {
        lock.lock()
        defer { lock.unlock() }
        nameCounts = [:]
    }

    // MARK: - Snapshots

    /// Everything that determines what the context hands out next.
    public struct State: Equatable, Sendable {
        var seeds: RandomGenerator
        var nameCounts: [String: Int]
    }

    /// The context's position, to restore with ``restore(_:)``.
    public var state: State {
        lock.lock()
        defer { lock.unlock() }
        return State(seeds: seeds, nameCounts: nameCounts)
    }

    /// Returns the seed sequence and name counters to a captured position.
    public func restore(_ state: State) {
        lock.lock()
        defer { lock.unlock() }
        seeds = state.seeds
        nameCounts = state.nameCounts
    }
}
