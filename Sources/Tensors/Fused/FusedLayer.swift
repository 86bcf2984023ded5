/// One layer of a ``FusedNetwork``, given by its current parameters.
public enum FusedLayer {
    /// `a = f(x·W + b)` with `W` `[inputs, units]` and `b` `[units]`; a frozen layer
    /// (`trainable: false`) keeps its parameters and gets no gradients.
    case dense(kernel: Tensor, bias: Tensor, activation: Activation, trainable: Bool)
    /// Batch normalization of `[rows, n]` over the rows (Ioffe & Szegedy 2015), as Keras
    /// computes it: inv = γ/√(σ² + ε), y = x·inv + (β − μ·inv), μ and the biased σ² of the
    /// batch in training, then moving = moving·momentum + batch·(1 − momentum). A frozen layer
    /// uses the moving statistics and gets no gradients. `gamma`/`beta` are `nil` when the
    /// layer does not scale/center.
    case batchNormalization(
        gamma: Tensor?, beta: Tensor?, movingMean: Tensor, movingVariance: Tensor,
        momentum: Double, epsilon: Double, trainable: Bool)
    /// Inverted dropout (Srivastava et al. 2014): y = x/(1 − rate) where u ≥ rate, else 0,
    /// with u ~ U[0, 1) drawn from `generator` in row-major order, one per element.
    case dropout(rate: Double, generator: RandomGenerator)
}
