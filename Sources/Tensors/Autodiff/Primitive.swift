/// The differentiable operations the engine records, with the non-tensor arguments their
/// gradient rules need. Every other operation is composed from these and needs no rule of its
/// own; each case has exactly one rule in ``GradientRules``.
enum Primitive {
    /// A variable of ``gradients(of:wrt:)`` (a leaf of the graph).
    case identity
    /// `a + b`, broadcasting.
    case add
    /// `a - b`, broadcasting.
    case subtract
    /// `a * b`, broadcasting.
    case multiply
    /// `a / b`, broadcasting.
    case divide
    /// `max(a, b)` element-wise, broadcasting.
    case maximum
    /// `min(a, b)` element-wise, broadcasting.
    case minimum
    /// `-x`.
    case negate
    /// `eˣ`.
    case exp
    /// `ln x`.
    case log
    /// `√x`.
    case sqrt
    /// `|x|`.
    case abs
    /// `xᵖ` for a constant exponent.
    case power(Float)
    /// `tanh x`.
    case tanh
    /// `1 / (1 + e⁻ˣ)`.
    case sigmoid
    /// `max(x, 0)`.
    case relu
    /// `x` for x > 0, else `αx`.
    case leakyRelu(Float)
    /// `x` for x > 0, else `α(eˣ − 1)`.
    case elu(Float)
    /// `λx` for x > 0, else `λα(eˣ − 1)` with Klambauer et al.'s constants.
    case selu
    /// `ln(1 + eˣ)`.
    case softplus
    /// `x` clipped to `[lower, upper]`.
    case clip(Float, Float)
    /// A matrix product with either operand read transposed.
    case matmul(transposeA: Bool, transposeB: Bool)
    /// A permutation of the axes.
    case transpose([Int])
    /// A new shape over the same elements.
    case reshape
    /// Broadcasting to a larger shape.
    case broadcast
    /// A sum along axes (kept as size 1 in the recorded output).
    case sum(axes: [Int], keepDims: Bool)
    /// A maximum along one axis.
    case max(axis: Int, keepDims: Bool)
    /// A minimum along one axis.
    case min(axis: Int, keepDims: Bool)
    /// Rows picked by index along axis 0.
    case gather([Int])
    /// A contiguous range of rows along axis 0.
    case sliceRows(Range<Int>)
    /// Joining along an axis.
    case concatenate(axis: Int)
    /// `where(condition, a, b)` with the condition (a 0/1 mask) as the first input.
    case select
    /// The mean over rows of sparse categorical cross-entropy of softmax(logits).
    case sparseSoftmaxCrossEntropy([Int])
    /// The mean over rows of categorical cross-entropy of softmax(logits) against targets.
    case softmaxCrossEntropy
}
