// The engine's own single-precision matrix-product kernels for the small, skinny shapes of
// mini-batch training (for example 32 × 784 · 784 × 300), where a BLAS library's packing and
// dispatch cost more than the arithmetic. Compiled for AVX-512 with a function target attribute
// and chosen at run time: on any other CPU `tk_sgemm_available()` returns 0 and the engine calls
// its BLAS library instead, so the rest of the program stays portable.
#ifndef CTENSORKERNELS_H
#define CTENSORKERNELS_H

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when this CPU runs the kernels below (x86-64 with AVX-512F and AVX-512VL), else 0.
int tk_sgemm_available(void);

/// C ← alpha · A · B + beta · C (+ bias broadcast over rows, when `bias` is not null), where
/// C is m × n row-major with row stride ldc, B is k × n row-major with row stride ldb, and the
/// element (i, p) of the m × k operand A is a[i * rsa + p * csa]: (rsa, csa) = (lda, 1) for A as
/// stored, (1, lda) for the transpose of a stored k × m matrix. beta = 0 never reads C.
/// Every element of C is summed in the same order whatever m, n and the column block: results
/// are bit-identical however the caller splits the columns of C.
void tk_sgemm(long m, long n, long k, float alpha, const float *a, long rsa, long csa,
              const float *b, long ldb, float beta, const float *bias, float *c, long ldc);

/// C ← alpha · A · Bᵀ + beta · C for A m × k (row stride lda) and B n × k (row stride ldb), both
/// row-major. From 8 rows of A on, B is transposed panel by panel (16 × 16 blocks in registers)
/// into a buffer on the stack and the tiles of tk_sgemm run on it, with the same summation order
/// as tk_sgemm; below that, each element is a dot product of two contiguous rows.
void tk_sgemm_nt(long m, long n, long k, float alpha, const float *a, long lda,
                 const float *b, long ldb, float beta, float *c, long ldc);

/// Writes 64 · groups uniform floats in [0, 1) to `out`: for g = 0, 1, …, the four 32-bit words
/// of the Philox-4×32-10 blocks of the counters counter + 16g … counter + 16g + 15 (high word
/// of the 128-bit counter 0) under the key (key0, key1), each as (word >> 8) · 2⁻²⁴, block by
/// block in order. Requires tk_sgemm_available() (AVX-512); a no-op elsewhere.
void tk_philox_uniform(float *out, long groups, unsigned long long counter, unsigned key0,
                       unsigned key1);

/// The calling thread's floating-point control word (MXCSR on x86-64; 0 elsewhere).
unsigned tk_fp_mode(void);

/// Sets the calling thread's floating-point control word (a no-op when unchanged or not x86-64).
void tk_set_fp_mode(unsigned mode);

/// Turns on flush-to-zero and denormals-are-zero for the calling thread (as TensorFlow and XLA
/// run their CPU kernels); returns the previous control word for `tk_set_fp_mode`.
unsigned tk_flush_denormals(void);

#ifdef __cplusplus
}
#endif
#endif
