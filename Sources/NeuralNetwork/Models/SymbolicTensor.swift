import Tensors

/// A placeholder for the batches that will flow through a functional model: the output of an
/// ``Input`` or of a layer called on symbolic inputs (Keras's `KerasTensor`).
///
/// Calling a layer on symbolic tensors builds the layer for their shapes and records the call;
/// ``Model/init(inputs:outputs:name:)`` then walks these records back from the outputs to find
/// the model's graph.
public final class SymbolicTensor: CustomStringConvertible {
    /// The per-sample shape (without the batch axis).
    public let shape: [Int]
    /// The layer whose output this is (an ``Input`` for a model input).
    public let layer: any Layer
    /// The symbolic tensors the layer was called on (none for an ``Input``).
    public let inputs: [SymbolicTensor]

    init(shape: [Int], layer: any Layer, inputs: [SymbolicTensor]) {
        self.shape = shape
        self.layer = layer
        self.inputs = inputs
    }

    public var description: String {
        "<SymbolicTensor shape=\(ShapeText.batch(shape)), name=\(layer.name)>"
    }
}

/// Shapes written as Keras prints them: `(None, 28, 28)`.
enum ShapeText {
    /// A per-sample shape with the batch axis shown as `None`.
    static func batch(_ shape: [Int]) -> String {
        let parts = ["None"] + shape.map(String.init)
        return parts.count == 2
            ? "(\(parts[0]), \(parts[1]))" : "(\(parts.joined(separator: ", ")))"
    }
}

/// Something that stands for a symbolic tensor: a ``SymbolicTensor`` or an ``Input``.
public protocol SymbolicTensorConvertible {
    /// The symbolic tensor this stands for.
    var symbolic: SymbolicTensor { get }
}

extension SymbolicTensor: SymbolicTensorConvertible {
    public var symbolic: SymbolicTensor { self }
}

extension Layer {
    /// The layer called on a symbolic input (the functional API: `let h = Dense(30)(input)`):
    /// builds the layer for the input's shape when needed and returns its symbolic output.
    public func callAsFunction(_ input: some SymbolicTensorConvertible) throws -> SymbolicTensor {
        let x = input.symbolic
        if let merge = self as? any MultiInputLayer {
            return try merge.callAsFunction([x])
        }
        if !isBuilt {
            var generator = RandomGenerator(seed: ModelSeeds.next())
            try build(inputShape: x.shape, using: &generator)
        }
        return SymbolicTensor(shape: try outputShape(for: x.shape), layer: self, inputs: [x])
    }
}

extension MultiInputLayer {
    /// The layer called on several symbolic inputs (`Concatenate()([a, b])`).
    public func callAsFunction(_ inputs: [any SymbolicTensorConvertible]) throws -> SymbolicTensor {
        let xs = inputs.map(\.symbolic)
        let shapes = xs.map(\.shape)
        if !isBuilt {
            var generator = RandomGenerator(seed: ModelSeeds.next())
            try build(inputShapes: shapes, using: &generator)
        }
        return SymbolicTensor(shape: try outputShape(for: shapes), layer: self, inputs: xs)
    }
}
