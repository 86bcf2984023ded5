import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct OptimizerConfigTests {
    /// config → makeOptimizer → config gives the same document, also through JSON text.
    @Test func configsRoundTrip() throws {
        for optimizer in try everyOptimizer() {
            let config = optimizer.config
            let copy = try makeOptimizer(config: config)
            #expect(copy.config == config, "\(optimizer.name)")
            #expect(type(of: copy) == type(of: optimizer))
            let text = try config.encoded()
            #expect(try makeOptimizer(config: JSONValue.decode(text)).config == config)
            #expect(copy.learningRate == optimizer.learningRate)
            #expect(copy.clipNorm == optimizer.clipNorm && copy.clipValue == optimizer.clipValue)
            #expect(copy.globalClipNorm == optimizer.globalClipNorm)
        }
    }

    @Test func configHoldsEveryHyperparameter() throws {
        let adam = try Adam(
            learningRate: 0.02, beta1: 0.8, beta2: 0.99, epsilon: 1e-6, amsgrad: true, clipNorm: 2)
        #expect(
            adam.config
                == .object([
                    "kind": .string("Adam"), "learningRate": .number(Double(Float(0.02))),
                    "beta1": .number(0.8), "beta2": .number(0.99), "epsilon": .number(1e-6),
                    "amsgrad": .bool(true), "clipValue": .null, "clipNorm": .number(2),
                    "globalClipNorm": .null,
                ]))
        let scheduled = try SGD(
            learningRate: ExponentialDecay(initialLearningRate: 0.1, decaySteps: 5, decayRate: 0.9),
            momentum: 0.9)
        #expect(scheduled.config["learningRate"]?["kind"] == .string("ExponentialDecay"))
        #expect(scheduled.config["learningRate"]?["decaySteps"] == .number(5))
        // Missing hyperparameters take their defaults.
        let minimal = try makeOptimizer(config: .object(["kind": .string("RMSprop")]))
        #expect(minimal.config == (try RMSprop()).config)
    }

    @Test func schedulesRoundTrip() throws {
        let schedules: [any LearningRateSchedule] = [
            try ExponentialDecay(
                initialLearningRate: 0.1, decaySteps: 3, decayRate: 0.5, staircase: true),
            try InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 3, decayRate: 0.5),
            try PiecewiseConstantDecay(boundaries: [2, 5], values: [0.3, 0.2, 0.1]),
            try OneCycle(maxLearningRate: 0.05, totalSteps: 40, lastLearningRate: 0),
        ]
        for s in schedules {
            let copy = try makeSchedule(config: s.config)
            #expect(copy.config == s.config)
            #expect((0..<50).map { copy($0) } == (0..<50).map { s($0) })
        }
    }

    @Test func badConfigsThrow() throws {
        func fails(_ config: JSONValue, _ fragment: String) {
            #expect {
                try makeOptimizer(config: config)
            } throws: { "\($0)".contains(fragment) }
        }
        fails(.string("adam"), "JSON object")
        fails(.object(["learningRate": .number(0.1)]), "\"kind\"")
        fails(.object(["kind": .string("Adadelta")]), "unknown optimizer kind 'Adadelta'")
        fails(.object(["kind": .string("SGD"), "momentm": .number(0.9)]), "unknown key 'momentm'")
        fails(.object(["kind": .string("SGD"), "momentum": .string("high")]), "momentum")
        fails(.object(["kind": .string("SGD"), "momentum": .number(1.5)]), "momentum=1.5")
        fails(.object(["kind": .string("Adam"), "amsgrad": .number(1)]), "true or false")
        fails(.object(["kind": .string("Adam"), "learningRate": .number(-1)]), "learningRate=-1")
        fails(
            .object(["kind": .string("Adam"), "clipNorm": .number(1), "clipValue": .number(1)]),
            "only one of")
        fails(
            .object([
                "kind": .string("Adam"),
                "learningRate": .object(["kind": .string("CosineDecay")]),
            ]), "unknown learning-rate schedule kind 'CosineDecay'")
        fails(
            .object([
                "kind": .string("Adam"),
                "learningRate": .object([
                    "kind": .string("ExponentialDecay"), "initialLearningRate": .number(0.1),
                    "decaySteps": .number(2.5), "decayRate": .number(0.5),
                ]),
            ]), "decaySteps")
    }

    /// Out-of-range hyperparameters throw, naming the value as Keras does.
    @Test func invalidHyperparametersThrow() throws {
        #expect {
            try SGD(momentum: 1.5)
        } throws: { "\($0)".contains("Received: momentum=1.5") }
        #expect {
            try Adam(learningRate: -0.001)
        } throws: { "\($0)".contains("Received: learningRate=-0.001") }
        #expect(throws: TrainingError.self) { try RMSprop(rho: 1.2) }
        #expect(throws: TrainingError.self) { try RMSprop(momentum: -0.1) }
        #expect(throws: TrainingError.self) { try Adam(beta1: 1) }
        #expect(throws: TrainingError.self) { try Adamax(beta2: -0.5) }
        #expect(throws: TrainingError.self) { try Nadam(epsilon: -1) }
        #expect(throws: TrainingError.self) { try Adagrad(initialAccumulatorValue: -0.1) }
        #expect(throws: TrainingError.self) { try SGD(learningRate: .infinity) }
    }
}
