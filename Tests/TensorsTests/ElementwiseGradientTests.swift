import Testing

@testable import Tensors

/// A finite-difference check of every element-wise primitive's gradient rule.
struct ElementwiseGradientTests {
    let x = GradientCheck.random([3, 4], seed: 1)
    let p = GradientCheck.positive([3, 4], seed: 2)

    @Test func negate() throws { try GradientCheck.check("negate", [x]) { -$0[0] } }
    @Test func exp() throws { try GradientCheck.check("exp", [x]) { $0[0].exp() } }
    @Test func log() throws { try GradientCheck.check("log", [p]) { $0[0].log() } }
    @Test func sqrt() throws { try GradientCheck.check("sqrt", [p]) { $0[0].sqrt() } }
    @Test func abs() throws { try GradientCheck.check("abs", [x]) { $0[0].abs() } }
    @Test func power() throws {
        try GradientCheck.check("pow 3", [x]) { $0[0].pow(3) }
        try GradientCheck.check("pow 2", [x]) { $0[0].squared() }
        try GradientCheck.check("pow -1.5", [p]) { $0[0].pow(-1.5) }
    }
    @Test func tanh() throws { try GradientCheck.check("tanh", [x]) { $0[0].tanh() } }
    @Test func sigmoid() throws { try GradientCheck.check("sigmoid", [x]) { $0[0].sigmoid() } }
    @Test func relu() throws { try GradientCheck.check("relu", [x]) { $0[0].relu() } }
    @Test func leakyRelu() throws {
        try GradientCheck.check("leakyRelu", [x]) { $0[0].leakyRelu(alpha: 0.3) }
    }
    @Test func elu() throws { try GradientCheck.check("elu", [x]) { $0[0].elu(alpha: 0.7) } }
    @Test func selu() throws { try GradientCheck.check("selu", [x]) { $0[0].selu() } }
    @Test func softplus() throws { try GradientCheck.check("softplus", [x]) { $0[0].softplus() } }
    @Test func clip() throws {
        try GradientCheck.check("clip", [x]) { try $0[0].clipped(min: -1.05, max: 0.95) }
    }
    @Test func tensorPower() throws {
        let e = GradientCheck.random([4], seed: 3)
        try GradientCheck.check("pow(tensor, tensor)", [p, e]) { try Tensor.pow($0[0], $0[1]) }
    }
    @Test func composedChain() throws {
        try GradientCheck.check("chain", [x]) { try ($0[0].tanh() * $0[0]).exp() + $0[0] }
    }

    /// The checker must reject a wrong rule: here the engine's gradient of `exp` is compared with
    /// the finite differences of `1.05 · exp`.
    @Test func checkerRejectsWrongRule() throws {
        let worst = try GradientCheck.worstMismatch(
            [x], analytic: { $0[0].exp() }, { $0[0].exp() * 1.05 })
        #expect(worst > 1)
        let swapped = try GradientCheck.worstMismatch(
            [x], analytic: { $0[0].sigmoid() }, { $0[0].tanh() })
        #expect(swapped > 1)
    }
}
