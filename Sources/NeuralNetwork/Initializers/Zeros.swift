import Tensors

/// All zeros (Keras's `Zeros`, the default bias initializer).
public struct Zeros: Initializer {
    public let name = "zeros"

    /// Creates the initializer.
    public init() {}

    public func callAsFunction(_ shape: [Int], using generator: inout RandomGenerator) throws
        -> Tensor
    {
        try Tensor.zeros(shape)
    }
}

extension Initializer where Self == Zeros {
    /// All zeros.
    public static var zeros: Zeros { Zeros() }
}
