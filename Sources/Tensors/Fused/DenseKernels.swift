/// The fused building blocks of a dense layer over raw row-major buffers: the forward pass as
/// one GEMM with the bias preloaded plus one in-place activation sweep, and the backward pass
/// with the weight update folded into the GEMM that computes the weight gradient.
public enum DenseKernels {
    /// `output = activation(input · weight + bias)` for `rows × inputs` input, `inputs × units`
    /// weight and `units` bias (added in the GEMM's epilogue by the engine's kernels; with a
    /// BLAS library it is copied into the output first and the GEMM accumulates onto it). `stride` is the row stride of `weight` and `output`
    /// (more than `units` when computing a block of columns).
    @inline(__always)
    public static func forward(
        input: UnsafePointer<Float>, rows: Int, inputs: Int, weight: UnsafePointer<Float>,
        units: Int, stride: Int? = nil, bias: UnsafePointer<Float>?, activation: Activation,
        output: UnsafeMutablePointer<Float>
    ) {
        let ld = stride ?? units
        BLAS.sgemmBias(
            transposeA: false, m: rows, n: units, k: inputs, a: input, lda: inputs, b: weight,
            ldb: ld, bias: bias, c: output, ldc: ld)
        if ld == units {
            activation.apply(output, count: rows * units)
        } else {
            for r in 0..<rows { activation.apply(output + r * ld, count: units) }
        }
    }

    /// `inputGradient = outputGradient · weightᵀ` (`rows × inputs`), the gradient passed to the
    /// layer below. Call it before the weights are updated.
    @inline(__always)
    public static func inputGradient(
        outputGradient: UnsafePointer<Float>, rows: Int, units: Int,
        weight: UnsafePointer<Float>, inputs: Int, into result: UnsafeMutablePointer<Float>
    ) {
        BLAS.sgemm(
            transposeA: false, transposeB: true, m: rows, n: inputs, k: units, alpha: 1,
            a: outputGradient, lda: units, b: weight, ldb: units, beta: 0, c: result, ldc: inputs)
    }

    /// `target = alpha · inputᵀ · outputGradient + beta · target` (`inputs × units`): with
    /// α = 1, β = 0 it stores the weight gradient; with α = −lr, β = 1 it applies the SGD step
    /// `W ← W − lr · ∂L/∂W` in the same pass.
    /// `stride` is the row stride of `outputGradient` and `target` (for a block of columns).
    @inline(__always)
    /// `inputStride` is the row stride of `input` (more than `inputs` for a block of rows of
    /// the gradient).
    public static func weightGradient(
        input: UnsafePointer<Float>, rows: Int, inputs: Int, inputStride: Int? = nil,
        outputGradient: UnsafePointer<Float>, units: Int, stride: Int? = nil, alpha: Float,
        beta: Float, into target: UnsafeMutablePointer<Float>
    ) {
        let ld = stride ?? units
        BLAS.sgemm(
            transposeA: true, transposeB: false, m: inputs, n: units, k: rows, alpha: alpha,
            a: input, lda: inputStride ?? inputs, b: outputGradient, ldb: ld, beta: beta,
            c: target, ldc: ld)
    }

    /// `target = alpha · Σ_rows outputGradient + beta · target`: the bias gradient (α = 1,
    /// β = 0) or the SGD step on the bias (α = −lr, β = 1).
    /// `stride` is the row stride of `outputGradient`.
    @inline(__always)
    public static func biasGradient(
        outputGradient: UnsafePointer<Float>, rows: Int, units: Int, stride: Int? = nil,
        alpha: Float, beta: Float, into target: UnsafeMutablePointer<Float>
    ) {
        let ld = stride ?? units
        if beta == 0 {
            for j in 0..<units { target[j] = 0 }
        } else if beta != 1 {
            for j in 0..<units { target[j] *= beta }
        }
        for r in 0..<rows {
            let g = outputGradient + r * ld
            for j in 0..<units { target[j] += alpha * g[j] }
        }
    }
}
