import Tensors

/// A projection applied to a weight after every optimizer step (Keras's `keras.constraints`).
///
/// ``maxNorm(_:axis:)`` is Keras's `MaxNorm(max_value=2, axis=0)`: the norms along `axis`
/// (for a Dense kernel `[inputs, units]`, axis 0 gives one norm per unit, over its incoming
/// weights) are clipped to at most `maxValue`:
///
///     n = √(Σ_axis w²),   w ← w · clip(n, 0, maxValue) / (ε + n),   ε = 1e-7
///
/// (Srebro & Shraibman 2005; used with dropout by Srivastava et al. 2014.)
public struct Constraint: Equatable, Sendable {
    /// The largest norm allowed.
    public let maxValue: Float
    /// The axis along which norms are computed.
    public let axis: Int

    /// Keras's `MaxNorm`; throws when `maxValue` is negative or not finite.
    public static func maxNorm(_ maxValue: Float = 2, axis: Int = 0) throws -> Constraint {
        guard maxValue >= 0, maxValue.isFinite else {
            throw TensorError.invalidArgument(
                operation: "Constraint.maxNorm",
                reason: "maxValue must be a non-negative number. Received: maxValue=\(maxValue)")
        }
        return Constraint(maxValue: maxValue, axis: axis)
    }

    private init(maxValue: Float, axis: Int) {
        self.maxValue = maxValue
        self.axis = axis
    }

    /// `w` projected so that no norm along ``axis`` exceeds ``maxValue``; throws when `w` has
    /// no such axis.
    public func callAsFunction(_ w: Tensor) throws -> Tensor {
        let norms = try w.squared().sum(alongAxis: axis, keepDims: true).sqrt()
        let desired = try norms.clipped(min: 0, max: maxValue)
        return try w * (desired / (norms + kerasEpsilon))
    }

    /// Keras's serialized form: `{"className": "MaxNorm", "config": {"maxValue": …, "axis": …}}`.
    public var config: JSONValue {
        .object([
            "className": .string("MaxNorm"),
            "config": .object([
                "maxValue": .number(Double(maxValue)), "axis": .number(Double(axis)),
            ]),
        ])
    }

    /// The constraint that ``config`` wrote; throws for anything else.
    public init(config: JSONValue) throws {
        guard config["className"]?.stringValue == "MaxNorm",
            let maxValue = config["config"]?["maxValue"]?.doubleValue,
            let axis = config["config"]?["axis"]?.intValue
        else {
            throw TensorError.invalidArgument(
                operation: "Constraint", reason: "unknown constraint config: \(config)")
        }
        self = try Self.maxNorm(Float(maxValue), axis: axis)
    }
}
