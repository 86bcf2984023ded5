import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct OptimizerStateTests {
    /// Saving the state after two steps and loading it into a fresh optimizer made from the
    /// config gives the same next steps.
    @Test func stateRoundTripContinuesIdentically() throws {
        for original in try everyOptimizer() {
            var a = try GoldenProblem.variables()
            for step in 0..<2 {
                try original.apply(gradients: GoldenProblem.gradients(step: step), to: &a)
            }
            let saved = original.stateTensors()
            let fresh = try makeOptimizer(config: original.config)
            try fresh.loadState(
                Dictionary(uniqueKeysWithValues: saved.map { ($0.name, $0.tensor) }))
            #expect(fresh.iterations == 2)
            #expect(fresh.learningRate == original.learningRate)
            var b = a
            for step in [2, 0] {
                try original.apply(gradients: GoldenProblem.gradients(step: step), to: &a)
                try fresh.apply(gradients: GoldenProblem.gradients(step: step), to: &b)
                #expect(a.map(\.scalars) == b.map(\.scalars), "\(original.name)")
            }
            #expect(
                fresh.stateTensors().map(\.name) == original.stateTensors().map(\.name))
        }
    }

    @Test func stateNamesTheRunningValues() throws {
        let nadam = try Nadam()
        var v = try GoldenProblem.variables()
        try nadam.apply(gradients: GoldenProblem.gradients(step: 0), to: &v)
        let state = nadam.stateTensors()
        #expect(
            state.map(\.name) == [
                "iterations", "u_product", "momentum/0", "velocity/0", "momentum/1", "velocity/1",
            ])
        #expect(state[0].tensor.shape == [] && state[0].tensor.scalar == 1)
        #expect(state[1].tensor.scalar == Float(0.9) * (1 - 0.5 * Float(0.96)))
        #expect(state[2].tensor.shape == [2, 3])
        let sgd = try SGD()
        try sgd.apply(gradients: GoldenProblem.gradients(step: 0), to: &v)
        #expect(sgd.stateTensors().map(\.name) == ["iterations"])
        let adagrad = try Adagrad()
        try adagrad.apply(gradients: GoldenProblem.gradients(step: 0), to: &v)
        #expect(
            adagrad.stateTensors().map(\.name) == ["iterations", "accumulator/0", "accumulator/1"])
    }

    @Test func badStatesThrow() throws {
        let adam = try Adam()
        var v = try GoldenProblem.variables()
        try adam.apply(gradients: GoldenProblem.gradients(step: 0), to: &v)
        let good = Dictionary(
            uniqueKeysWithValues: adam.stateTensors().map { ($0.name, $0.tensor) })
        func fails(_ state: [String: Tensor], _ fragment: String) {
            #expect {
                try Adam().loadState(state)
            } throws: { "\($0)".contains(fragment) }
        }
        var missing = good
        missing["iterations"] = nil
        fails(missing, "no 'iterations'")
        var notScalar = good
        notScalar["iterations"] = Tensor([1, 2])
        fails(notScalar, "'iterations' must be a scalar")
        var unknown = good
        unknown["momentm/0"] = Tensor([1])
        fails(unknown, "unknown state tensor 'momentm/0'")
        var lacking = good
        lacking["velocity/1"] = nil
        fails(lacking, "missing state tensor 'velocity/1'")
        var mismatched = good
        mismatched["velocity/0"] = Tensor([1, 2])
        fails(mismatched, "different shapes")
        var gap = good
        gap["momentum/5"] = Tensor([1])
        gap["velocity/5"] = Tensor([1])
        fails(gap, "variable")
        #expect {
            try Nadam().loadState(["iterations": Tensor(1)])
        } throws: { "\($0)".contains("'u_product'") }
    }

    /// A change in the number or shapes of the variables (freezing a layer and recompiling)
    /// starts fresh buffers instead of failing.
    @Test func stateIsRebuiltWhenVariablesChange() throws {
        let adam = try Adam(learningRate: 0.01)
        var two = try GoldenProblem.variables()
        try adam.apply(gradients: GoldenProblem.gradients(step: 0), to: &two)
        var one = [try GoldenProblem.variables()[1]]
        try adam.apply(gradients: [GoldenProblem.gradients(step: 0)[1]], to: &one)
        #expect(adam.iterations == 2)
        #expect(adam.stateTensors().map(\.name) == ["iterations", "momentum/0", "velocity/0"])
        // A state loaded for other shapes is replaced at the next step, too.
        try adam.loadState([
            "iterations": Tensor(0), "momentum/0": Tensor([1]), "velocity/0": Tensor([1]),
        ])
        try adam.apply(gradients: [GoldenProblem.gradients(step: 0)[1]], to: &one)
        #expect(adam.stateTensors()[1].tensor.shape == [3])
        #expect(throws: TensorError.self) {
            try adam.apply(gradients: [Tensor([1, 2])], to: &one)
        }
        #expect(throws: TrainingError.self) {
            try adam.apply(gradients: [], to: &one)
        }
    }
}
