import Tensors

/// An activation function φ with its derivative φ′, on tensors (differentiable, for layers) and
/// on scalars (for plotting curves), like `keras.activations`.
///
/// Presets are static members — `.relu`, `.sigmoid`, `.leakyRelu(alpha: 0.2)`, `.rrelu()` … —
/// one file each, with the formula in its documentation. Tensor forms are element-wise except
/// ``softmax``, which normalizes along the last axis. Only ``rrelu(lower:upper:)`` behaves
/// differently in training: it then draws a random slope per element from the generator passed
/// to ``callAsFunction(_:training:using:)``.
public struct ActivationFunction: CustomStringConvertible {
    /// The Keras identifier (`"relu"`, `"leaky_relu"`, …).
    public let name: String
    /// The equivalent activation of the engine's fused dense kernels, when there is one.
    public let fused: Tensors.Activation?
    private let forward: (Tensor, Bool, inout RandomGenerator) throws -> Tensor
    private let tensorDerivative: (Tensor) throws -> Tensor
    private let scalarValue: (Double) -> Double
    private let scalarDerivative: (Double) -> Double

    /// Creates an activation from its tensor form (`training` and a generator are passed for
    /// randomized activations), its element-wise derivative on tensors, and its scalar forms.
    public init(
        name: String, fused: Tensors.Activation? = nil,
        forward: @escaping (Tensor, _ training: Bool, inout RandomGenerator) throws -> Tensor,
        derivative: ((Tensor) throws -> Tensor)? = nil,
        scalar: @escaping (Double) -> Double,
        scalarDerivative: @escaping (Double) -> Double
    ) {
        self.name = name
        self.fused = fused
        self.forward = forward
        self.scalarValue = scalar
        self.scalarDerivative = scalarDerivative
        self.tensorDerivative = derivative ?? { x in Self.map(x, scalarDerivative) }
    }

    /// Creates a deterministic activation from a tensor form and scalar forms.
    init(
        name: String, fused: Tensors.Activation? = nil, tensor: @escaping (Tensor) throws -> Tensor,
        scalar: @escaping (Double) -> Double, scalarDerivative: @escaping (Double) -> Double
    ) {
        self.init(
            name: name, fused: fused, forward: { x, _, _ in try tensor(x) }, scalar: scalar,
            scalarDerivative: scalarDerivative)
    }

    /// φ(x) in inference mode.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        var unused = RandomGenerator(seed: 0)
        return try forward(x, false, &unused)
    }

    /// φ(x), in training mode when `training` (randomized activations draw from `generator`).
    public func callAsFunction(
        _ x: Tensor, training: Bool, using generator: inout RandomGenerator
    ) throws -> Tensor {
        try forward(x, training, &generator)
    }

    /// φ′(x) element-wise (inference mode); for ``softmax``, the diagonal of the Jacobian.
    public func derivative(_ x: Tensor) throws -> Tensor { try tensorDerivative(x) }

    /// φ(x) for one value (inference mode).
    public func callAsFunction(_ x: Double) -> Double { scalarValue(x) }

    /// φ′(x) for one value (inference mode).
    public func derivative(_ x: Double) -> Double { scalarDerivative(x) }

    /// φ over an array of values, for plotting.
    public func callAsFunction(_ xs: [Double]) -> [Double] { xs.map(scalarValue) }

    /// φ′ over an array of values, for plotting.
    public func derivative(_ xs: [Double]) -> [Double] { xs.map(scalarDerivative) }

    public var description: String { name }

    /// The activation as JSON for saved models: its Keras identifier.
    public var config: JSONValue { .string(name) }

    /// `f` applied element-wise in double precision.
    static func map(_ x: Tensor, _ f: (Double) -> Double) -> Tensor {
        var result = x.detached()
        result.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] = Float(f(Double(p[i]))) }
        }
        return result
    }

    /// Every activation of the engine with its default arguments, by ``name``: what
    /// ``named(_:)`` and the cell bindings look names up in.
    public static var all: [ActivationFunction] {
        [
            .step, .sigmoid, .tanh, .relu, .leakyRelu, .elu, .selu, .softplus, .softmax, .linear,
            .rrelu(),
        ]
    }

    /// The activation with the Keras identifier `name` and default arguments (`"relu"`,
    /// `"leaky_relu"`, `"softmax"` …); throws for an unknown name.
    public static func named(_ name: String) throws -> ActivationFunction {
        guard let found = all.first(where: { $0.name == name }) else {
            throw TensorError.invalidArgument(
                operation: "activation",
                reason:
                    "unknown activation '\(name)'. Known: \(all.map(\.name).joined(separator: ", "))"
            )
        }
        return found
    }
}
