import Tensors
import Testing

@testable import NeuralNetwork

/// Every optimizer against values computed by Keras 3 (see `Golden/keras_golden.py`).
@Suite struct OptimizerGoldenTests {
    /// Three `apply` steps on fixed variables with fixed gradients match `apply_gradients`.
    @Test(arguments: KerasGolden.updates.map(\.name))
    func updateStepsMatchKeras(_ name: String) throws {
        let golden = try #require(KerasGolden.updates.first { $0.name == name })
        let optimizer = try golden.make()
        var variables = try GoldenProblem.variables()
        for step in 0..<3 {
            try optimizer.apply(gradients: GoldenProblem.gradients(step: step), to: &variables)
            for (v, expected) in zip(variables, golden.after[step]) {
                let mismatch = goldenMismatch(v.scalars, expected)
                #expect(mismatch == nil, "\(name), step \(step + 1): \(mismatch ?? "")")
            }
        }
        #expect(optimizer.iterations == 3)
    }

    /// Three full-batch steps of `fit` on a Dense(3) layer with MSE match Keras's `fit`.
    @Test(arguments: KerasGolden.fits.map(\.case.name))
    func fitStepsMatchKeras(_ name: String) throws {
        let golden = try #require(KerasGolden.fits.first { $0.case.name == name })
        let dense = try Dense(3)
        let model = try Sequential([Input(shape: [2]), dense])
        try dense.setWeights([Tensor(KerasGolden.fitKernel), Tensor(KerasGolden.fitBias)])
        try model.compile(loss: "mse", optimizer: golden.case.make())
        let x = try Tensor(KerasGolden.fitX)
        let y = try Tensor(KerasGolden.fitY)
        for step in 0..<3 {
            let history = try model.fit(x, y, epochs: 1, batchSize: 4, shuffle: false, verbose: 0)
            let loss = Float(history["loss"].first ?? .nan)
            #expect(goldenClose(loss, golden.losses[step]), "\(name), loss \(step + 1): \(loss)")
            for (w, expected) in zip(dense.getWeights(), golden.case.after[step]) {
                let mismatch = goldenMismatch(w.scalars, expected)
                #expect(mismatch == nil, "\(name), step \(step + 1): \(mismatch ?? "")")
            }
        }
        #expect(model.compiled?.optimizer.iterations == 3)
    }

    /// The schedules give Keras's rates at steps 0…12.
    @Test(arguments: KerasGolden.schedules.map(\.name))
    func schedulesMatchKeras(_ name: String) throws {
        let golden = try #require(KerasGolden.schedules.first { $0.name == name })
        let schedule = try golden.make()
        let rates = (0..<13).map { schedule($0) }
        let mismatch = goldenMismatch(rates, golden.rates)
        #expect(mismatch == nil, "\(name): \(mismatch ?? "")")
    }
}
