import Tensors

/// A rule for the initial values of a layer's weights (Keras's `keras.initializers`).
///
/// A random initializer draws from the generator it is given, so a model built from one seeded
/// generator is reproducible; an initializer made with an explicit `seed` ignores that generator
/// and always returns the same values for the same shape (as Keras 3's seeded initializers do).
public protocol Initializer {
    /// The Keras identifier (`"glorot_uniform"`, `"zeros"`, …), used when saving models.
    var name: String { get }

    /// A tensor of `shape` with this initializer's values, drawing any randomness from
    /// `generator` (unless the initializer carries its own seed).
    func callAsFunction(_ shape: [Int], using generator: inout RandomGenerator) throws -> Tensor

    /// The initializer as JSON for saved models: `{"name": …}` plus its arguments.
    var config: JSONValue { get }
}

extension Initializer {
    public var config: JSONValue { .object(["name": .string(name)]) }

    /// A tensor of `shape` drawn from a generator seeded with `seed`.
    public func callAsFunction(_ shape: [Int], seed: UInt64) throws -> Tensor {
        var generator = RandomGenerator(seed: seed)
        return try self(shape, using: &generator)
    }
}

/// The generator a random initializer draws from: a fresh one seeded with `seed` when given,
/// else `generator`.
func drawing<R>(
    seed: UInt64?, _ generator: inout RandomGenerator, _ body: (inout RandomGenerator) throws -> R
) rethrows -> R {
    if let seed {
        var own = RandomGenerator(seed: seed)
        return try body(&own)
    }
    return try body(&generator)
}

/// The fans of a weight tensor of `shape`, as Keras computes them: rank 0 → (1, 1); rank 1 →
/// (n, n); rank 2 `[in, out]` → (in, out); higher ranks (convolution kernels `[…, in, out]`)
/// multiply both by the receptive field, the product of the leading dimensions.
public func computeFans(_ shape: [Int]) -> (fanIn: Int, fanOut: Int) {
    switch shape.count {
    case 0: return (1, 1)
    case 1: return (shape[0], shape[0])
    case 2: return (shape[0], shape[1])
    default:
        // Saturating products: a shape too large to allocate still has a defined fan.
        func times(_ a: Int, _ b: Int) -> Int {
            let (p, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? Int.max : p
        }
        let receptiveField = shape.dropLast(2).reduce(1, times)
        return (
            times(shape[shape.count - 2], receptiveField),
            times(shape[shape.count - 1], receptiveField)
        )
    }
}

extension Optional where Wrapped == UInt64 {
    /// The seed as JSON: a number, or `null` when there is none.
    var json: JSONValue { map { .number(Double($0)) } ?? .null }
}
