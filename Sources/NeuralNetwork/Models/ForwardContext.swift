import Foundation
import Tensors

/// The weights that layers compute with during one forward pass of a training step.
///
/// A training step differentiates the loss with respect to tracked copies of the trainable
/// weights (``valueAndGradients(of:wrt:)``). It binds those copies here, per layer, for the
/// duration of the forward pass; `layer(x)` then computes with them instead of the layer's own
/// stored weights, so sequential, functional and subclassed models all run through the same
/// `callAsFunction` of their layers. Bindings are per thread and nest.
public enum ForwardContext {
    private static let key = "HandsOn.ForwardContext"

    private final class Bindings {
        var weights: [ObjectIdentifier: [Tensor]] = [:]
        let parent: Bindings?
        init(parent: Bindings?) { self.parent = parent }
    }

    private static var current: Bindings? {
        get { Thread.current.threadDictionary[key] as? Bindings }
        set { Thread.current.threadDictionary[key] = newValue }
    }

    /// Runs `body` with `weights` bound to the layers whose identifiers are the keys.
    public static func with<R>(
        _ weights: [ObjectIdentifier: [Tensor]], _ body: () throws -> R
    ) rethrows -> R {
        let bindings = Bindings(parent: current)
        bindings.weights = weights
        current = bindings
        defer { current = bindings.parent }
        return try body()
    }

    /// The weights `layer` computes with now: the innermost binding for it, else its own.
    public static func weights(for layer: some Layer) -> [Tensor] {
        var scope = current
        let id = ObjectIdentifier(layer)
        while let s = scope {
            if let w = s.weights[id] { return w }
            scope = s.parent
        }
        return layer.getWeights()
    }
}
