import Testing

@testable import Tensors

/// `fillUniform` gives the values and the final state of as many `nextFloat` calls.
@Suite struct RandomBulkTests {
    @Test func fillUniformEqualsOneCallPerValue() {
        for (seed, skip, count) in [
            (1, 0, 0), (2, 1, 63), (3, 2, 64), (4, 3, 1000), (5, 0, 12_800),
        ] {
            var a = RandomGenerator(seed: UInt64(seed))
            var b = a
            for _ in 0..<skip {
                _ = a.nextFloat()
                _ = b.nextFloat()
            }
            let expected = (0..<count).map { _ in a.nextFloat() }
            var values = [Float](repeating: -1, count: count)
            values.withUnsafeMutableBufferPointer { p in
                if let base = p.baseAddress { b.fillUniform(base, count: count) }
            }
            #expect(values == expected, "seed \(seed)")
            #expect(a.state == b.state, "seed \(seed)")
            #expect(a.nextUInt32() == b.nextUInt32())
        }
    }

    /// The vector blocks carry into the counter's high word as the scalar counter does.
    @Test func fillUniformCarriesIntoTheHighWord() {
        var a = RandomGenerator(seed: 9)
        var state = a.state
        state.counter = 0xFFFF_FFF8
        a.state = state
        var b = a
        let expected = (0..<128).map { _ in a.nextFloat() }
        var values = [Float](repeating: -1, count: 128)
        values.withUnsafeMutableBufferPointer { b.fillUniform($0.baseAddress!, count: 128) }
        #expect(values == expected)
        #expect(a.state == b.state)
    }
}
