/// A seeded, counter-based random generator that gives the same numbers on every platform:
/// Philox 4×32-10 (Salmon, Moraes, Dror & Shaw, "Parallel Random Numbers: As Easy as 1, 2, 3",
/// SC 2011), the generator behind JAX's and PyTorch's CUDA streams.
///
/// The 64-bit seed is the key (low word, high word); a 128-bit counter is encrypted by ten rounds
/// of `(hi, lo) = mulhilo(M, c)` mixing with a Weyl-sequence key schedule, giving four 32-bit
/// words per counter value. Uniform floats take the top 24 bits of a word (`u >> 8 · 2⁻²⁴`), so
/// they are exact and identical everywhere. A generator is a value: copy it, or read and assign
/// ``state``, to save and restore its position exactly.
public struct RandomGenerator: Equatable, Sendable {
    /// Everything that determines the generator's future output.
    public struct State: Equatable, Codable, Sendable {
        /// The key (from the seed).
        public var key: (UInt32, UInt32) {
            get { (key0, key1) }
            set { (key0, key1) = newValue }
        }
        var key0: UInt32
        var key1: UInt32
        /// The counter of the next block to generate.
        public var counter: UInt64
        /// The words of the current block not yet handed out, in order.
        public var buffered: [UInt32]
    }

    var key0: UInt32
    var key1: UInt32
    var counter: UInt64
    var block: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    var used = 4

    /// A generator seeded with `seed`; equal seeds give equal streams on every platform.
    public init(seed: UInt64) {
        key0 = UInt32(truncatingIfNeeded: seed)
        key1 = UInt32(truncatingIfNeeded: seed >> 32)
        counter = 0
    }

    /// The generator's position, to save and later restore by assignment.
    public var state: State {
        get {
            let words = [block.0, block.1, block.2, block.3]
            return State(key0: key0, key1: key1, counter: counter, buffered: Array(words[used...]))
        }
        set {
            key0 = newValue.key0
            key1 = newValue.key1
            counter = newValue.counter
            let b = newValue.buffered.suffix(4)
            let words = [UInt32](repeating: 0, count: 4 - b.count) + b
            block = (words[0], words[1], words[2], words[3])
            used = 4 - b.count
        }
    }

    /// The next 32 random bits.
    public mutating func nextUInt32() -> UInt32 {
        if used == 4 {
            block = Self.philox(counter: counter, key0: key0, key1: key1)
            counter &+= 1
            used = 0
        }
        defer { used += 1 }
        switch used {
        case 0: return block.0
        case 1: return block.1
        case 2: return block.2
        default: return block.3
        }
    }

    /// The next 64 random bits (two words, high first).
    public mutating func nextUInt64() -> UInt64 {
        let hi = UInt64(nextUInt32())
        return hi << 32 | UInt64(nextUInt32())
    }

    /// Philox 4×32 with 10 rounds applied to the 128-bit counter `(counter, 0)`.
    @inline(__always)
    static func philox(counter: UInt64, key0: UInt32, key1: UInt32)
        -> (UInt32, UInt32, UInt32, UInt32)
    {
        philox(
            (UInt32(truncatingIfNeeded: counter), UInt32(truncatingIfNeeded: counter >> 32), 0, 0),
            key0, key1)
    }

    /// Ten Philox rounds on a 128-bit counter; the key is bumped by the Weyl constants between
    /// rounds.
    @inline(__always)
    static func philox(
        _ counter: (UInt32, UInt32, UInt32, UInt32), _ key0: UInt32, _ key1: UInt32
    ) -> (UInt32, UInt32, UInt32, UInt32) {
        var (c0, c1, c2, c3) = counter
        var k0 = key0
        var k1 = key1
        for round in 0..<10 {
            if round > 0 {
                k0 &+= 0x9E37_79B9
                k1 &+= 0xBB67_AE85
            }
            let p0 = UInt64(0xD251_1F53) &* UInt64(c0)
            let p1 = UInt64(0xCD9E_8D57) &* UInt64(c2)
            (c0, c1, c2, c3) = (
                UInt32(truncatingIfNeeded: p1 >> 32) ^ c1 ^ k0, UInt32(truncatingIfNeeded: p1),
                UInt32(truncatingIfNeeded: p0 >> 32) ^ c3 ^ k1, UInt32(truncatingIfNeeded: p0)
            )
        }
        return (c0, c1, c2, c3)
    }

    /// The raw Philox 4×32-10 block for a full 128-bit counter and key (for known-answer tests).
    public static func philoxBlock(
        counter: (UInt32, UInt32, UInt32, UInt32), key: (UInt32, UInt32)
    ) -> [UInt32] {
        let b = philox(counter, key.0, key.1)
        return [b.0, b.1, b.2, b.3]
    }

    /// Equal when both would produce the same stream from here on.
    public static func == (a: RandomGenerator, b: RandomGenerator) -> Bool { a.state == b.state }
}
