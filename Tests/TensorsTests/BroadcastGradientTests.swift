import Testing

@testable import Tensors

/// Gradients of the broadcasting binary primitives, for every way two shapes can broadcast:
/// equal shapes, a scalar on either side, a missing leading axis, a size-1 axis on either side,
/// and both operands stretched.
struct BroadcastGradientTests {
    static let shapePairs: [([Int], [Int])] = [
        ([3, 4], [3, 4]), ([3, 4], []), ([], [3, 4]), ([3, 4], [4]), ([4], [3, 4]),
        ([3, 4], [3, 1]), ([1, 4], [3, 1]), ([2, 3, 4], [3, 1]), ([2, 1, 4], [1, 3, 1]),
        ([3, 1], [1]),
    ]

    @Test(arguments: 0..<shapePairs.count)
    func add(_ i: Int) throws { try check(i, "add") { try $0 + $1 } }

    @Test(arguments: 0..<shapePairs.count)
    func subtract(_ i: Int) throws { try check(i, "subtract") { try $0 - $1 } }

    @Test(arguments: 0..<shapePairs.count)
    func multiply(_ i: Int) throws { try check(i, "multiply") { try $0 * $1 } }

    @Test(arguments: 0..<shapePairs.count)
    func divide(_ i: Int) throws { try check(i, "divide", positiveRight: true) { try $0 / $1 } }

    @Test(arguments: 0..<shapePairs.count)
    func maximum(_ i: Int) throws { try check(i, "maximum") { try Tensor.maximum($0, $1) } }

    @Test(arguments: 0..<shapePairs.count)
    func minimum(_ i: Int) throws { try check(i, "minimum") { try Tensor.minimum($0, $1) } }

    @Test(arguments: 0..<shapePairs.count)
    func whereSelect(_ i: Int) throws {
        let (sa, sb) = Self.shapePairs[i]
        let a = GradientCheck.random(sa, seed: 5)
        let b = GradientCheck.random(sb, seed: 6)
        let condition = GradientCheck.random(sb, seed: 7).greater(0)
        try GradientCheck.check("where \(sa) \(sb)", [a, b]) {
            try Tensor.where(condition, $0[0], $0[1])
        }
    }

    @Test func scalarOperators() throws {
        let x = GradientCheck.random([2, 3], seed: 8)
        try GradientCheck.check("x * 3 + 2", [x]) { $0[0] * 3 + 2 }
        try GradientCheck.check("1 - x / 4", [x]) { 1 - $0[0] / 4 }
        let p = GradientCheck.positive([2, 3], seed: 8)
        try GradientCheck.check("2 / x", [p]) { 2 / $0[0] }
    }

    @Test func broadcastTo() throws {
        let x = GradientCheck.random([3, 1], seed: 9)
        try GradientCheck.check("broadcast", [x]) { try $0[0].broadcast(to: [2, 3, 4]) }
    }

    private func check(
        _ i: Int, _ name: String, positiveRight: Bool = false,
        _ op: (Tensor, Tensor) throws -> Tensor
    ) throws {
        let (sa, sb) = Self.shapePairs[i]
        let a = GradientCheck.random(sa, seed: UInt64(10 + i))
        let b =
            positiveRight
            ? GradientCheck.positive(sb, seed: UInt64(30 + i))
            : GradientCheck.random(sb, seed: UInt64(50 + i))
        try GradientCheck.check("\(name) \(sa) \(sb)", [a, b]) { try op($0[0], $0[1]) }
    }
}
