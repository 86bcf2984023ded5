import Diagnostics
import NeuralNetwork
import Tensors

/// Rosenblatt's perceptron as a cell value.
final class PerceptronBox: DisplayableObject {
    let perceptron: Perceptron

    init(_ perceptron: Perceptron) {
        self.perceptron = perceptron
    }

    var typeName: String { "Perceptron" }
    var printedDescription: String {
        let p = perceptron
        if p.weights.isEmpty { return "Perceptron(learningRate: \(p.learningRate), not fitted)" }
        return
            "Perceptron(weights: \(p.weights), bias: \(p.bias), epochs: \(p.epochs), updates: \(p.updates))"
    }
    var display: Display { .text(printedDescription) }
}

extension BuiltinRegistry {
    /// `Perceptron(learningRate:maxEpochs:shuffle:seed:)`, its `fit(_:_:)` on a feature matrix
    /// and 0/1 labels, `predict(_:)`, `decisionFunction(_:)`, and the properties `weights`,
    /// `bias`, `epochs`, `updates`, `converged` and `mistakesPerEpoch`.
    func registerPerceptron() {
        types["Perceptron"] = BuiltinType(
            "Perceptron",
            initializers: [
                Builtin(
                    "Perceptron",
                    [
                        .labeled("learningRate", defaulted: true),
                        .labeled("maxEpochs", defaulted: true),
                        .labeled("shuffle", defaulted: true), .labeled("seed", defaulted: true),
                    ]
                ) { inv in
                    let rate = inv.value(0) == nil ? 1 : try inv.double(0)
                    let epochs = try inv.optionalInt(1) ?? 1000
                    let shuffle = inv.value(2) == nil ? true : try inv.bool(2)
                    let seed = try Self.seedArgument(inv, 3) ?? ModelSeeds.next()
                    return .object(
                        PerceptronBox(
                            try Self.tensorCall(inv) {
                                try Perceptron(
                                    learningRate: rate, maxEpochs: epochs, shuffle: shuffle,
                                    seed: seed)
                            }))
                }
            ])
        objectMethods.append { value in
            guard case .object(let o as PerceptronBox) = value else { return [:] }
            let p = o.perceptron
            return [
                "fit": [
                    Builtin("fit", [.positional(), .positional()]) { inv in
                        let x = try Self.tensor(inv, 0)
                        let y = try inv.ints(1)
                        try Self.tensorCall(inv) { try p.fit(x, y) }
                        return .void
                    }
                ],
                "predict": [
                    Builtin("predict", [.positional()]) { inv in
                        let x = try Self.tensor(inv, 0)
                        return .array(
                            try Self.tensorCall(inv) { try p.predict(x) }.map { .int($0) })
                    }
                ],
                "decisionFunction": [
                    Builtin("decisionFunction", [.positional()]) { inv in
                        let x = try Self.tensor(inv, 0)
                        return .array(
                            try Self.tensorCall(inv) { try p.decisionFunction(x) }.map {
                                .double($0)
                            })
                    }
                ],
            ]
        }
        objectProperties.append { name, value in
            guard case .object(let o as PerceptronBox) = value else { return nil }
            let p = o.perceptron
            switch name {
            case "weights": return .array(p.weights.map { .double($0) })
            case "bias": return .double(p.bias)
            case "epochs": return .int(p.epochs)
            case "updates": return .int(p.updates)
            case "converged": return .bool(p.converged)
            case "mistakesPerEpoch": return .array(p.mistakesPerEpoch.map { .int($0) })
            case "learningRate": return .double(p.learningRate)
            default: return nil
            }
        }
    }
}
