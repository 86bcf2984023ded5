/// A 128-bit FNV-1a digest (two 64-bit lanes with different offsets), for cache keys: it tells
/// whether inputs changed, not whether someone forged them.
struct StableHash {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var a = self.a
        var b = self.b
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* Self.prime
            b = (b ^ UInt64(byte ^ 0x5c)) &* Self.prime
        }
        self.a = a
        self.b = b
    }

    /// Adds a string followed by a separator, so `("ab", "c")` and `("a", "bc")` differ.
    mutating func add(_ text: String) {
        add(text.utf8)
        add(CollectionOfOne(UInt8(0)))
    }

    var hex: String {
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }
}
