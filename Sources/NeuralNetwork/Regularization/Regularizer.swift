import Tensors

/// A weight penalty added to the training loss (Keras's `keras.regularizers`):
///
///     penalty(w) = l1·Σ|w| + l2·Σw²
///
/// ``l1(_:)`` and ``l2(_:)`` default to a factor of 0.01 and ``l1l2(l1:l2:)`` to 0 for both, as
/// Keras's `L1`, `L2` and `L1L2`. A layer's penalties are summed into the loss that `fit`
/// minimizes and reports (and into `evaluate`'s loss), for trainable weights only.
public struct Regularizer: Equatable, Sendable {
    /// The factor of Σ|w|.
    public let l1: Float
    /// The factor of Σw².
    public let l2: Float

    /// A penalty of both kinds; throws when a factor is negative or not finite.
    public init(l1: Float, l2: Float) throws {
        for (label, factor) in [("l1", l1), ("l2", l2)] where !(factor >= 0 && factor.isFinite) {
            throw TensorError.invalidArgument(
                operation: "Regularizer",
                reason: "\(label) must be a non-negative number. Received: \(label)=\(factor)")
        }
        self.l1 = l1
        self.l2 = l2
    }

    /// Keras's `L1(l1=0.01)`: l1·Σ|w|.
    public static func l1(_ factor: Float = 0.01) throws -> Regularizer {
        try Regularizer(l1: factor, l2: 0)
    }

    /// Keras's `L2(l2=0.01)`: l2·Σw².
    public static func l2(_ factor: Float = 0.01) throws -> Regularizer {
        try Regularizer(l1: 0, l2: factor)
    }

    /// Keras's `L1L2(l1=0.0, l2=0.0)`: l1·Σ|w| + l2·Σw².
    public static func l1l2(l1: Float = 0, l2: Float = 0) throws -> Regularizer {
        try Regularizer(l1: l1, l2: l2)
    }

    /// The penalty of `w`, a differentiable scalar (each term only when its factor is not 0,
    /// as Keras computes it).
    public func callAsFunction(_ w: Tensor) throws -> Tensor {
        var penalty = Tensor(Float(0))
        if l1 != 0 { penalty = try penalty + l1 * w.abs().sum() }
        if l2 != 0 { penalty = try penalty + l2 * w.squared().sum() }
        return penalty
    }

    /// Keras's serialized form: `{"className": "L1L2", "config": {"l1": …, "l2": …}}`.
    public var config: JSONValue {
        .object([
            "className": .string("L1L2"),
            "config": .object(["l1": .number(Double(l1)), "l2": .number(Double(l2))]),
        ])
    }

    /// The regularizer that ``config`` wrote (also Keras's `L1` and `L2` class names); throws
    /// for anything else.
    public init(config: JSONValue) throws {
        let kind = config["className"]?.stringValue
        let values = config["config"]
        func factor(_ key: String) -> Float? { values?[key]?.doubleValue.map { Float($0) } }
        switch kind {
        case "L1L2": try self.init(l1: factor("l1") ?? 0, l2: factor("l2") ?? 0)
        case "L1": self = try factor("l1").map { try Self.l1($0) } ?? Self.l1()
        case "L2": self = try factor("l2").map { try Self.l2($0) } ?? Self.l2()
        default:
            throw TensorError.invalidArgument(
                operation: "Regularizer", reason: "unknown regularizer config: \(config)")
        }
    }
}
