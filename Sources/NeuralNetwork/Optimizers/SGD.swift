import Tensors

/// TEMPORARY stand-in until the optimizers land.
public final class SGD: Optimizer {
    public var name: String { "SGD" }
    public var learningRate: Float
    public var iterations = 0
    public let momentum: Float
    public let nesterov: Bool
    public var clipValue: Float? { nil }
    public var clipNorm: Float? { nil }
    public var globalClipNorm: Float? { nil }
    public init(learningRate: Float = 0.01, momentum: Float = 0, nesterov: Bool = false) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.nesterov = nesterov
    }
    public func apply(gradients: [Tensor], to variables: inout [Tensor]) throws {
        for i in variables.indices { variables[i] = try variables[i] - gradients[i] * learningRate }
        iterations += 1
    }
    public var config: JSONValue { .object(["name": .string("SGD")]) }
}
