import Tensors

/// All ones (Keras's `Ones`, the default for batch normalization's γ).
public struct Ones: Initializer {
    public let name = "ones"

    /// Creates the initializer.
    public init() {}

    public func callAsFunction(_ shape: [Int], using generator: inout RandomGenerator) throws
        -> Tensor
    {
        try Tensor.ones(shape)
    }
}

extension Initializer where Self == Ones {
    /// All ones.
    public static var ones: Ones { Ones() }
}
