import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct DropoutTests {
    @Test func trainingDropsAndRescalesInferenceIsIdentity() throws {
        let layer = try Dropout(rate: 0.25, seed: 7)
        let x = try Tensor(shape: [100, 100], repeating: 2)
        #expect(try layer(x, training: false) == x)
        let y = try layer(x, training: true)
        // Kept elements are scaled by 1/(1 − 0.25).
        #expect(y.scalars.allSatisfy { $0 == 0 || abs($0 - 2 / 0.75) < 1e-6 })
        let dropped = Double(y.scalars.filter { $0 == 0 }.count) / 10_000
        #expect(abs(dropped - 0.25) < 0.02, "dropped \(dropped)")
        // The expected output equals the input.
        #expect(abs(y.meanValue() - 2) < 0.05)
        // Each call draws a new mask; the same seed repeats the sequence.
        let again = try layer(x, training: true)
        #expect(again != y)
        let twin = try Dropout(rate: 0.25, seed: 7)
        #expect(try twin(x, training: true) == y)
        #expect(try Dropout(rate: 0)(x, training: true) == x)
    }

    /// The gradient is the same mask: 1/(1 − rate) where an element was kept, else 0.
    @Test func gradientIsTheScaledMask() throws {
        let x = try LayerGradientCheck.random([6, 5], seed: 3)
        let layer = try Dropout(rate: 0.4, seed: 11)
        let twin = try Dropout(rate: 0.4, seed: 11)
        let g = try gradient(of: { try layer($0, training: true).sum() }, at: x)
        let y = try twin(x, training: true)
        for (gi, (yi, xi)) in zip(g.scalars, zip(y.scalars, x.scalars)) {
            let kept = yi != 0
            #expect(abs(gi - (kept ? 1 / Float(0.6) : 0)) < 1e-6)
            if kept { #expect(abs(yi - xi / 0.6) < 1e-5) }
        }
    }

    @Test func rejectsRatesOutsideTheUnitInterval() throws {
        do {
            _ = try Dropout(rate: 1.5)
            Issue.record("rate 1.5 must throw")
        } catch let error as TensorError {
            #expect(error.description == "Dropout: rate must be in [0, 1). Received: rate=1.5")
        }
        #expect(throws: TensorError.self) { try Dropout(rate: 1) }
        #expect(throws: TensorError.self) { try Dropout(rate: -0.1) }
    }
}
