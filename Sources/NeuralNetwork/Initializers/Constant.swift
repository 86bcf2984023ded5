import Tensors

/// Every element equal to `value` (Keras's `Constant`, default 0).
public struct Constant: Initializer {
    public let name = "constant"
    /// The value of every element.
    public let value: Float

    /// Creates the initializer.
    public init(_ value: Float = Constant.defaultValue) { self.value = value }

    /// `{"name": "constant", "value": …}`.
    public var config: JSONValue {
        .object(["name": .string(name), "value": .float(value)])
    }

    public func callAsFunction(_ shape: [Int], using generator: inout RandomGenerator) throws
        -> Tensor
    {
        try Tensor.full(shape, value: value)
    }
}

extension Initializer where Self == Constant {
    /// Every element equal to `value`.
    public static func constant(_ value: Float) -> Constant { Constant(value) }
}

extension Constant {
    /// Keras's value.
    public static let defaultValue: Float = 0
}
