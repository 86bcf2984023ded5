import Tensors

extension BuiltinRegistry {
    /// Restarts every random sequence a cell can reach from `seed`: the chapter's generator for
    /// numbers and collections, the one for random tensors, and the engine's seed sequence
    /// (initial weights, `fit`'s shuffling, dropout, data generators and search without a
    /// `seed:` of their own).
    public func reseed(_ seed: UInt64) {
        random = SplitMix64(seed: seed)
        tensorRandom = RandomGenerator(seed: seed)
        EngineContext.current.setSeed(seed)
    }

    /// `seed(_:)` (and Keras's name for it, `setSeed(_:)`), `Double.random(in:)`,
    /// `Int.random(in:)`, `shuffled()`, `randomElement()`, all drawn from the chapter's seeded
    /// generators so runs repeat exactly.
    func registerRandom() {
        for name in ["seed", "setSeed"] {
            function(name, [.positional()]) { inv in
                inv.interpreter.registry.reseed(try Self.seedArgument(inv, 0) ?? 0)
                return .void
            }
        }
        types["Double"]?.staticMembers["random"] = .function(Function(.builtin([Builtin("random", [.labeled("in")]) { inv in
            guard case .doubleRange(let lo, let hi, _)? = inv.value(0) else { throw inv.mismatch(0, expected: "Range<Double>") }
            return .double(lo + (hi - lo) * inv.interpreter.registry.random.nextDouble())
        }]), name: "random"))
        types["Int"]?.staticMembers["random"] = .function(Function(.builtin([Builtin("random", [.labeled("in")]) { inv in
            guard case .range(let lo, let hi)? = inv.value(0), hi > lo else {
                throw RuntimeError("Int.random(in:) needs a non-empty Int range", at: inv.range(0))
            }
            // The span of any Int range fits in a UInt64.
            let span = UInt64(bitPattern: Int64(hi) &- Int64(lo))
            return .int(lo &+ Int(truncatingIfNeeded: inv.interpreter.registry.random.next() % span))
        }]), name: "random"))
        arrayMethods["shuffled"] = [Builtin("shuffled", []) { inv in
            var items = try inv.receiverArray()
            inv.interpreter.registry.random.shuffle(&items)
            return .array(items)
        }]
        arrayMethods["randomElement"] = [Builtin("randomElement", []) { inv in
            let items = try inv.receiverArray()
            guard !items.isEmpty else { return .none }
            return .some(items[Int(inv.interpreter.registry.random.next() % UInt64(items.count))])
        }]
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast generator with the same sequence on
/// every platform; the state is one UInt64, so it can be saved and restored.
public struct SplitMix64: Sendable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Fisher–Yates shuffle.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            items.swapAt(i, j)
        }
    }
}
