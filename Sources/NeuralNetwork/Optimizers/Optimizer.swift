import Tensors

/// Updates a model's trainable variables from their gradients (Keras's `Optimizer`).
///
/// `fit` calls ``apply(gradients:to:)`` once per batch with the trainable variables of every
/// layer, flattened in a stable order. Before the update the gradients are clipped when one of
/// ``clipValue`` (each component to [−c, c]), ``clipNorm`` (each variable by its own L2 norm:
/// g·c / max(‖g‖, c)) or ``globalClipNorm`` (all variables by their joint norm) is set. The
/// per-variable state (momentum, accumulators …) is kept by position in the variables list and
/// is rebuilt when the number or the shapes of the variables change.
///
/// The concrete optimizers are ``SGD``, ``Adagrad``, ``RMSprop``, ``Adam``, ``Adamax`` and
/// ``Nadam``; ``makeOptimizer(config:)`` recreates one from its ``config``.
public protocol Optimizer: AnyObject {
    /// The optimizer's kind, as in its config: `"SGD"`, `"Adam"` …
    var name: String { get }
    /// The learning rate of the next update: the constant rate, or the schedule's value at
    /// ``iterations``. Setting it fixes a constant rate (and drops any schedule); callbacks
    /// such as ``ReduceLROnPlateau`` set it.
    var learningRate: Float { get set }
    /// The learning-rate schedule, when the rate depends on the step.
    var schedule: (any LearningRateSchedule)? { get }
    /// The number of updates applied so far (Keras's `iterations`).
    var iterations: Int { get set }
    /// Each gradient component is clipped to [−clipValue, clipValue].
    var clipValue: Float? { get }
    /// Each variable's gradient is rescaled to an L2 norm of at most `clipNorm`.
    var clipNorm: Float? { get }
    /// All gradients together are rescaled to a joint L2 norm of at most `globalClipNorm`.
    var globalClipNorm: Float? { get }
    /// Updates `variables` in place from their `gradients` (one per variable, same shapes) and
    /// counts one iteration; throws when the counts or shapes do not match.
    func apply(gradients: [Tensor], to variables: inout [Tensor]) throws
    /// The kind and every hyperparameter (the schedule's config in place of a scheduled
    /// rate), enough for ``makeOptimizer(config:)`` to recreate the optimizer without state.
    var config: JSONValue { get }
    /// The state as named tensors: `iterations` and any running scalar as rank-0 tensors, and
    /// every per-variable buffer as `"slot/index"` (`"momentum/0"`, `"velocity/3"` …).
    /// `iterations` is stored as a float32 scalar, exact up to 2²⁴ = 16,777,216 updates.
    func stateTensors() -> [(name: String, tensor: Tensor)]
    /// Restores a state written by ``stateTensors()``; throws for unknown or missing names and
    /// for inconsistent shapes.
    func loadState(_ tensors: [String: Tensor]) throws
}
