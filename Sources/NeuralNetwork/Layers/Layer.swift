import Tensors

/// A building block of a model: a function of its input and its weights (Keras's
/// `keras.layers.Layer`).
///
/// A layer creates its weights in ``build(inputShape:using:)`` once the input's feature shape
/// is known (per sample, without the batch axis), drawing any randomness from the generator it
/// is given. Layers are classes: a model and the user share the same layer objects, as in
/// Keras. `training` is always passed explicitly, never read from a global flag.
public protocol Layer: AnyObject {
    /// The layer's name, unique within the process unless given explicitly (`"dense_1"`).
    var name: String { get }
    /// Whether an optimizer updates the trainable weights (freezing sets it to `false`).
    var trainable: Bool { get set }
    /// Whether ``build(inputShape:using:)`` has created the weights.
    var isBuilt: Bool { get }

    /// Creates the weights for inputs whose per-sample shape is `inputShape`.
    func build(inputShape: [Int], using generator: inout RandomGenerator) throws

    /// The per-sample output shape for a per-sample input shape.
    func outputShape(for inputShape: [Int]) throws -> [Int]

    /// The layer applied to a batch `x` with the given `weights` (in ``getWeights()`` order), so
    /// an optimizer can differentiate with respect to tracked copies of them.
    func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor

    /// The weights in Keras's order (trainable first).
    func getWeights() -> [Tensor]

    /// Replaces the weights; throws when their number or shapes differ from the layer's.
    func setWeights(_ weights: [Tensor]) throws

    /// The number of weights an optimizer may update.
    var trainableParameterCount: Int { get }
    /// The number of weights that are not trained (moving statistics; all of a frozen layer).
    var nonTrainableParameterCount: Int { get }

    /// How many of the last tensors of ``getWeights()`` are never trained, whatever
    /// ``trainable`` says (a batch-normalization layer's moving mean and variance); 0 by default.
    var nonTrainableWeightCount: Int { get }

    /// The per-sample input shape given when the layer was created (Keras's `input_shape`
    /// argument): a ``Sequential`` whose first layer declares one starts with an ``Input`` of
    /// that shape. nil by default.
    var declaredInputShape: [Int]? { get }

    /// The Keras class name (`"Dense"`, `"BatchNormalization"` …), shown by `summary()` and
    /// written into saved models.
    var kind: String { get }

    /// The arguments that recreate this layer (Keras's `get_config()`, camelCase keys as the
    /// Swift initializer's labels, `name` included), for saving and `cloneModel`.
    var config: JSONValue { get }
}

/// A layer of several inputs (Keras's merge layers, such as `Concatenate`): a model passes it
/// the list of its inputs.
public protocol MultiInputLayer: Layer {
    /// Creates the weights for inputs of these per-sample shapes.
    func build(inputShapes: [[Int]], using generator: inout RandomGenerator) throws
    /// The per-sample output shape for these per-sample input shapes.
    func outputShape(for inputShapes: [[Int]]) throws -> [Int]
    /// The layer applied to a batch of each input.
    func apply(_ inputs: [Tensor], weights: [Tensor], training: Bool) throws -> Tensor
}

extension Layer {
    public var nonTrainableWeightCount: Int { 0 }

    public var declaredInputShape: [Int]? { nil }

    /// The weights an optimizer updates: none when the layer is frozen, else all but the
    /// ``nonTrainableWeightCount`` last ones.
    public var trainableWeights: [Tensor] {
        trainable ? Array(getWeights().dropLast(nonTrainableWeightCount)) : []
    }

    /// The weights an optimizer never updates.
    public var nonTrainableWeights: [Tensor] {
        let all = getWeights()
        return trainable ? Array(all.suffix(nonTrainableWeightCount)) : all
    }

    /// The layer applied to `x` with its own weights; an unbuilt layer first builds itself for
    /// the feature shape of `x`, drawing its weights from ``ModelSeeds``.
    ///
    /// Inside a model's training step the layer computes with the tracked copies of its weights
    /// that the step bound (see ``ForwardContext``), so the step can differentiate with respect
    /// to them; elsewhere it uses its own weights.
    public func callAsFunction(_ x: Tensor, training: Bool = false) throws -> Tensor {
        if !isBuilt { try build(inputShape: Array(x.shape.dropFirst()), seed: ModelSeeds.next()) }
        return try apply(x, weights: ForwardContext.weights(for: self), training: training)
    }

    /// Builds the layer with a generator seeded with `seed`.
    public func build(inputShape: [Int], seed: UInt64 = 0) throws {
        var generator = RandomGenerator(seed: seed)
        try build(inputShape: inputShape, using: &generator)
    }

    /// All weights, trainable or not (Keras's `count_params()`).
    public var parameterCount: Int { trainableParameterCount + nonTrainableParameterCount }
}
