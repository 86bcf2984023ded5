import Tensors

@testable import NeuralNetwork

/// Whether `actual` matches `expected` to 1e-6 relative, or 1e-7 absolute near zero.
func goldenClose(_ actual: Float, _ expected: Float) -> Bool {
    abs(actual - expected) <= max(1e-6 * abs(expected), 1e-7)
}

/// The first element where `actual` and `expected` differ beyond ``goldenClose(_:_:)``, as a
/// message, or `nil` when all match.
func goldenMismatch(_ actual: [Float], _ expected: [Float]) -> String? {
    guard actual.count == expected.count else {
        return "expected \(expected.count) values, got \(actual.count)"
    }
    for (i, (a, e)) in zip(actual, expected).enumerated() where !goldenClose(a, e) {
        return "element \(i): got \(a), expected \(e)"
    }
    return nil
}

/// The golden update problem's variables and each step's gradients as tensors.
enum GoldenProblem {
    static func variables() throws -> [Tensor] {
        try zip(KerasGolden.shapes, KerasGolden.initial).map {
            try Tensor(shape: $0, scalars: $1)
        }
    }

    static func gradients(step: Int) throws -> [Tensor] {
        try zip(KerasGolden.shapes, KerasGolden.gradients[step]).map {
            try Tensor(shape: $0, scalars: $1)
        }
    }
}

/// One optimizer of each kind and variant, for the round-trip tests.
func everyOptimizer() throws -> [any Optimizer] {
    [
        try SGD(), try SGD(learningRate: 0.1, momentum: 0.9),
        try SGD(learningRate: 0.1, momentum: 0.9, nesterov: true, clipNorm: 1),
        try Adagrad(learningRate: 0.1, clipValue: 0.5),
        try RMSprop(learningRate: 0.01, momentum: 0.5, centered: true),
        try RMSprop(globalClipNorm: 2),
        try Adam(learningRate: 0.01), try Adam(amsgrad: true),
        try Adamax(learningRate: 0.02), try Nadam(learningRate: 0.01),
        try Adam(
            learningRate: ExponentialDecay(
                initialLearningRate: 0.01, decaySteps: 2, decayRate: 0.5, staircase: true)),
        try SGD(learningRate: PiecewiseConstantDecay(boundaries: [1], values: [0.1, 0.01])),
        try Nadam(
            learningRate: InverseTimeDecay(initialLearningRate: 0.01, decaySteps: 1, decayRate: 1)),
        try RMSprop(learningRate: OneCycle(maxLearningRate: 0.1, totalSteps: 20)),
    ]
}
