import Foundation
import Tensors

/// What one layer does to a batch during training: the mean and standard deviation of its
/// outputs and the norms of the gradients of its weights — the measurements behind the
/// vanishing/exploding-gradients experiments (Glorot & Bengio 2010).
public struct LayerStatistics: Equatable, CustomStringConvertible {
    /// The layer's name.
    public let layer: String
    /// The layer's Keras class name.
    public let kind: String
    /// The mean of the layer's outputs over the batch.
    public let activationMean: Double
    /// Their standard deviation (over all output values of the batch).
    public let activationStandardDeviation: Double
    /// The L2 norm of the loss gradient with respect to each trainable weight, in
    /// `getWeights()` order (empty for layers without trainable weights).
    public let gradientNorms: [Double]

    /// The L2 norm of the first weight's gradient (the kernel's), or 0.
    public var kernelGradientNorm: Double { gradientNorms.first ?? 0 }

    public var description: String {
        let f = { (v: Double) in String(format: "%.4g", v) }
        return "\(layer) (\(kind)): mean \(f(activationMean)), std "
            + "\(f(activationStandardDeviation)), |∇W| \(f(kernelGradientNorm))"
    }
}

extension Model {
    /// Each layer's output statistics and weight-gradient norms for one batch `x`, `y`, with
    /// the compiled loss, in training mode (dropout and batch normalization behave as in
    /// `fit`, whose moving statistics this pass updates). The weights are not changed.
    /// Functional and sequential models only.
    public func layerStatistics(_ x: Tensor, _ y: Tensor) throws -> [LayerStatistics] {
        guard let settings = compiled else { throw TrainingError.notCompiled(model: name) }
        _ = try checkedCount([x], [y], sampleWeight: nil)
        try build(inputShapes: [Array(x.shape.dropFirst())])
        guard !graph.isEmpty else {
            throw TrainingError.invalidArgument(
                "layerStatistics needs a sequential or functional model, not a subclass")
        }
        var heads = try resolveHeads(settings, x: [x], y: [y])
        // Statistics of the outputs as the model computes them: probabilities, not logits.
        heads.fromLogits = heads.fromLogits.map { _ in false }
        let pass = try gradientPass(
            [x], [y], sampleWeight: nil, heads: heads, recordActivations: true)
        var gradientsByLayer: [ObjectIdentifier: [Double]] = [:]
        var k = 0
        for layer in pass.layers {
            let n = layer.trainableWeights.count
            gradientsByLayer[ObjectIdentifier(layer)] = pass.gradients[k..<k + n].map { g in
                Foundation.sqrt(g.scalars.reduce(0.0) { $0 + Double($1) * Double($1) })
            }
            k += n
        }
        return pass.activations.map { node, value in
            let v = value.scalars
            let count = Double(max(v.count, 1))
            let mean = v.reduce(0.0) { $0 + Double($1) } / count
            let variance = v.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / count
            return LayerStatistics(
                layer: node.layer.name, kind: node.layer.kind, activationMean: mean,
                activationStandardDeviation: Foundation.sqrt(variance),
                gradientNorms: gradientsByLayer[ObjectIdentifier(node.layer)] ?? [])
        }
    }
}
