import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct ActivationFunctionTests {
    static let all: [ActivationFunction] = [
        .step, .sigmoid, .tanh, .relu, .leakyRelu, .leakyRelu(alpha: 0.3), .elu, .elu(alpha: 0.5),
        .selu, .softplus, .linear, .rrelu(), .rrelu(lower: 0.1, upper: 0.3),
    ]
    /// Points away from every kink (0), for finite differences.
    static let points: [Double] = [-3.7, -1.2, -0.4, -0.05, 0.07, 0.5, 1.3, 4.2]

    /// Values computed by hand (or with a calculator from the closed forms).
    @Test func handComputedValues() {
        #expect(ActivationFunction.step(0) == 1 && ActivationFunction.step(-1e-9) == 0)
        #expect(ActivationFunction.sigmoid(0) == 0.5)
        #expect(abs(ActivationFunction.sigmoid(2) - 0.8807970779778823) < 1e-15)
        #expect(abs(ActivationFunction.sigmoid(-800)) < 1e-300)  // no overflow
        #expect(abs(ActivationFunction.tanh(1) - 0.7615941559557649) < 1e-15)
        #expect(ActivationFunction.relu(-2) == 0 && ActivationFunction.relu(3) == 3)
        #expect(abs(ActivationFunction.leakyRelu(-2) + 0.4) < 1e-7)  // α is a Float32
        #expect(abs(ActivationFunction.leakyRelu(alpha: 0.3)(-2) + 0.6) < 1e-7)
        #expect(abs(ActivationFunction.elu(-1) - (exp(-1) - 1)) < 1e-15)
        #expect(abs(ActivationFunction.elu(alpha: 0.5)(-2) - 0.5 * (exp(-2) - 1)) < 1e-15)
        // SELU(1) = λ, SELU(−1) = λα(e⁻¹ − 1) = −1.1113307378125625.
        #expect(abs(ActivationFunction.selu(1) - 1.0507009873554805) < 1e-15)
        #expect(abs(ActivationFunction.selu(-1) + 1.1113307378125625) < 1e-14)
        #expect(abs(ActivationFunction.softplus(0) - log(2)) < 1e-15)
        #expect(abs(ActivationFunction.softplus(50) - 50) < 1e-15)
        #expect(ActivationFunction.linear(-7.5) == -7.5)
        // RReLU in inference: the mean slope (1/8 + 1/3)/2 = 11/48.
        #expect(abs(ActivationFunction.rrelu()(-48) + 11) < 1e-5)
        #expect(ActivationFunction.softmax(3) == 1 && ActivationFunction.softmax.derivative(3) == 0)
        #expect(
            ActivationFunction.relu.derivative(0) == 0 && ActivationFunction.relu.derivative(1) == 1
        )
        #expect(ActivationFunction.step.derivative(2) == 0)
        #expect(ActivationFunction.sigmoid.derivative(0) == 0.25)
        #expect(ActivationFunction.tanh.derivative(0) == 1)
        #expect(ActivationFunction.leakyRelu.derivative(-1) == Double(Float(0.2)))
    }

    /// φ′ agrees with the central difference (φ(x + h) − φ(x − h)) / 2h.
    @Test(arguments: all.map(\.name).indices)
    func scalarDerivativesMatchFiniteDifferences(_ index: Int) {
        let f = Self.all[index]
        let h = 1e-6
        for x in Self.points {
            let numeric = (f(x + h) - f(x - h)) / (2 * h)
            #expect(abs(f.derivative(x) - numeric) < 1e-6, "\(f.name) at \(x)")
        }
    }

    /// The tensor forms agree with the scalar forms, and the tensor derivative with both the
    /// scalar derivative and the engine's autodiff gradient.
    @Test(arguments: all.map(\.name).indices)
    func tensorFormsAgreeWithScalarFormsAndAutodiff(_ index: Int) throws {
        let f = Self.all[index]
        let x = Tensor(Self.points.map(Float.init))
        let y = try f(x).scalars
        let dy = try f.derivative(x).scalars
        for (i, p) in Self.points.enumerated() {
            #expect(abs(Double(y[i]) - f(p)) < 1e-5 * max(1, abs(f(p))), "\(f.name)(\(p))")
            #expect(abs(Double(dy[i]) - f.derivative(p)) < 1e-5, "\(f.name)′(\(p))")
        }
        let g = try gradient(of: { try f($0).sum() }, at: x).scalars
        for (i, p) in Self.points.enumerated() {
            #expect(abs(Double(g[i]) - f.derivative(p)) < 1e-5, "autodiff \(f.name)′(\(p))")
        }
    }

    @Test func softmaxNormalizesTheLastAxisAndItsDerivativeIsTheJacobianDiagonal() throws {
        let x = try Tensor([[1, 2, 3], [1000, 1000, 1000]])
        let s = try ActivationFunction.softmax(x)
        // e / (1 + e + e²) etc., by hand: 0.09003057, 0.24472847, 0.66524096.
        let expected: [Float] = [0.090_030_57, 0.244_728_47, 0.665_240_96, 1 / 3, 1 / 3, 1 / 3]
        for (a, b) in zip(s.scalars, expected) { #expect(abs(a - b) < 1e-6) }
        let d = try ActivationFunction.softmax.derivative(x).scalars
        for (a, p) in zip(d, expected) { #expect(abs(a - p * (1 - p)) < 1e-6) }
        // Finite difference of sᵢ with respect to xᵢ.
        let h: Float = 1e-2
        var xp = x
        try xp.setElement(1 + h, at: [0, 0])
        var xm = x
        try xm.setElement(1 - h, at: [0, 0])
        let numeric =
            (try ActivationFunction.softmax(xp).element(at: [0, 0])
                - ActivationFunction.softmax(xm).element(at: [0, 0])) / (2 * h)
        #expect(abs(numeric - d[0]) < 1e-4)
    }

    @Test func rreluDrawsSlopesInTrainingAndUsesTheMeanInInference() throws {
        let f = ActivationFunction.rrelu(lower: 0.1, upper: 0.3)
        let x = try Tensor(shape: [10_000], repeating: -1)
        var g = RandomGenerator(seed: 11)
        let trained = try f(x, training: true, using: &g).scalars
        let slopes = trained.map { -$0 }
        #expect(slopes.allSatisfy { $0 >= 0.1 && $0 < 0.3 })
        #expect(Set(slopes).count > 1000)
        let mean = slopes.reduce(0, +) / Float(slopes.count)
        #expect(abs(mean - 0.2) < 0.005)
        // Inference is deterministic: the mean slope.
        #expect(try f(x).scalars.allSatisfy { abs($0 + 0.2) < 1e-7 })
        var g1 = RandomGenerator(seed: 11)
        #expect(try f(x, training: false, using: &g1).scalars == f(x).scalars)
        // Positive inputs pass unchanged in training, and the gradient uses the drawn slopes.
        let mixed = Tensor([2, -1, 3, -4])
        var g2 = RandomGenerator(seed: 5)
        var g3 = RandomGenerator(seed: 5)
        let out = try f(mixed, training: true, using: &g2).scalars
        #expect(out[0] == 2 && out[2] == 3)
        let grad = try gradient(of: { try f($0, training: true, using: &g3).sum() }, at: mixed)
            .scalars
        #expect(grad[0] == 1 && grad[2] == 1)
        #expect(abs(grad[1] * -1 - out[1]) < 1e-7 && abs(grad[3] * -4 - out[3]) < 1e-6)
    }

    @Test func namedLooksUpKerasIdentifiers() throws {
        #expect(try ActivationFunction.named("relu").name == "relu")
        #expect(try ActivationFunction.named("leaky_relu").derivative(-1) == Double(Float(0.2)))
        #expect(try ActivationFunction.named("softmax").name == "softmax")
        #expect(throws: TensorError.self) { try ActivationFunction.named("swishy") }
        #expect(ActivationFunction.relu.fused == .relu)
        #expect(ActivationFunction.softmax.fused == nil)
        #expect(ActivationFunction.sigmoid([0, 0]) == [0.5, 0.5])
    }
}
