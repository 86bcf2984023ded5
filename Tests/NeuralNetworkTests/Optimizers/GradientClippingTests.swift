import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct GradientClippingTests {
    /// The clipped gradient, read back from one SGD step of rate 1 on a zero variable.
    func clipped(_ gradient: [Float], _ make: () throws -> SGD) throws -> [Float] {
        let optimizer = try make()
        var variables = [Tensor([Float](repeating: 0, count: gradient.count))]
        try optimizer.apply(gradients: [Tensor(gradient)], to: &variables)
        return variables[0].scalars.map { -$0 }
    }

    /// The book's example: one variable holding [0.9, 100.0].
    @Test func bookExample() throws {
        let byValue = try clipped([0.9, 100]) { try SGD(learningRate: 1, clipValue: 1) }
        #expect(byValue == [0.9, 1.0])
        let byNorm = try clipped([0.9, 100]) { try SGD(learningRate: 1, clipNorm: 1) }
        #expect(abs(byNorm[0] - 0.0089996) < 1e-7)
        #expect(abs(byNorm[1] - 0.9999595) < 1e-7)
        // A gradient already inside the norm is untouched.
        #expect(try clipped([0.3, -0.4]) { try SGD(learningRate: 1, clipNorm: 1) } == [0.3, -0.4])
    }

    /// clipNorm rescales each variable by its own norm; globalClipNorm by the joint norm.
    @Test func perVariableAndGlobalNorms() throws {
        let gradients = [Tensor([3, 4]), Tensor([0, 0.5])]  // norms 5 and 0.5; joint √25.25
        func step(_ optimizer: SGD) throws -> [[Float]] {
            var variables = [Tensor([0, 0]), Tensor([0, 0])]
            try optimizer.apply(gradients: gradients, to: &variables)
            return variables.map { $0.scalars.map { -$0 } }
        }
        let each = try step(SGD(learningRate: 1, clipNorm: 1))
        #expect(each[0] == [0.6, 0.8])
        #expect(each[1] == [0, 0.5])
        let global = try step(SGD(learningRate: 1, globalClipNorm: 1))
        let scale = Float(1 / (25.25 as Double).squareRoot())
        #expect(abs(global[0][0] - 3 * scale) < 1e-7 && abs(global[0][1] - 4 * scale) < 1e-7)
        #expect(abs(global[1][1] - 0.5 * scale) < 1e-7)
    }

    @Test func rejectsTwoClippingsAndNonPositiveThresholds() throws {
        #expect {
            try Adam(clipNorm: 1, globalClipNorm: 1)
        } throws: { error in
            "\(error)".contains("only one of") && "\(error)".contains("globalClipNorm=1.0")
        }
        #expect(throws: TrainingError.self) { try SGD(clipValue: 1, clipNorm: 1) }
        #expect(throws: TrainingError.self) { try RMSprop(clipValue: 0) }
        #expect(throws: TrainingError.self) { try Nadam(clipNorm: -1) }
        #expect(throws: TrainingError.self) { try Adagrad(globalClipNorm: .nan) }
    }
}
