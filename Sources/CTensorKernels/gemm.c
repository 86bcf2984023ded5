// AVX-512 matrix-product kernels for the engine (see CTensorKernels.h). No packing: the shapes
// of mini-batch training are small enough that the operands stay in L1/L2, and packing would cost
// as much as the products themselves. Each C tile of up to 8 rows × 32 columns lives in 16
// registers for a block of up to KC reduction steps; B is read as two 16-float vectors per step
// (masked at the right edge) and A as broadcast scalars.
#include "CTensorKernels.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

#define TK_TARGET __attribute__((target("avx512f,avx512vl,fma"), always_inline)) static inline
#define TK_ENTRY __attribute__((target("avx512f,avx512vl,fma")))
#define MR 8
#define NR 32
#define KC 256
#ifndef MC
#define MC 64
#endif

int tk_sgemm_available(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl");
}

// One tile: rows × (16 · vecs) columns of C over kc reduction steps. `mode` 0: first block
// (C = alpha·acc + beta·C + bias), 1: a later block (C += alpha·acc).
TK_TARGET void tile(const int rows, const int vecs, long kc, const float *a, long rsa, long csa,
                    const float *b, long ldb, __mmask16 m0, __mmask16 m1, float *c, long ldc,
                    float alpha, float beta, const float *bias, int later) {
    __m512 acc[MR][2];
    for (int r = 0; r < rows; r++) {
        acc[r][0] = _mm512_setzero_ps();
        acc[r][1] = _mm512_setzero_ps();
    }
    if (csa == 1) {
        for (long p = 0; p < kc; p++) {
            __m512 b0 = _mm512_maskz_loadu_ps(m0, b + p * ldb);
            __m512 b1 = vecs > 1 ? _mm512_maskz_loadu_ps(m1, b + p * ldb + 16) : b0;
            for (int r = 0; r < rows; r++) {
                __m512 x = _mm512_set1_ps(a[r * rsa + p]);
                acc[r][0] = _mm512_fmadd_ps(x, b0, acc[r][0]);
                if (vecs > 1) acc[r][1] = _mm512_fmadd_ps(x, b1, acc[r][1]);
            }
        }
    } else {
        for (long p = 0; p < kc; p++) {
            __m512 b0 = _mm512_maskz_loadu_ps(m0, b + p * ldb);
            __m512 b1 = vecs > 1 ? _mm512_maskz_loadu_ps(m1, b + p * ldb + 16) : b0;
            const float *ap = a + p * csa;
            for (int r = 0; r < rows; r++) {
                __m512 x = _mm512_set1_ps(ap[r * rsa]);
                acc[r][0] = _mm512_fmadd_ps(x, b0, acc[r][0]);
                if (vecs > 1) acc[r][1] = _mm512_fmadd_ps(x, b1, acc[r][1]);
            }
        }
    }
    __m512 va = _mm512_set1_ps(alpha), vb = _mm512_set1_ps(beta);
    __m512 bias0 = _mm512_setzero_ps(), bias1 = _mm512_setzero_ps();
    if (!later && bias) {
        bias0 = _mm512_maskz_loadu_ps(m0, bias);
        if (vecs > 1) bias1 = _mm512_maskz_loadu_ps(m1, bias + 16);
    }
    for (int r = 0; r < rows; r++) {
        float *cr = c + r * ldc;
        for (int v = 0; v < vecs; v++) {
            __mmask16 m = v ? m1 : m0;
            __m512 base;
            if (later || beta == 1.0f) {
                base = _mm512_maskz_loadu_ps(m, cr + 16 * v);
            } else if (beta == 0.0f) {
                base = _mm512_setzero_ps();
            } else {
                base = _mm512_mul_ps(vb, _mm512_maskz_loadu_ps(m, cr + 16 * v));
            }
            if (!later && bias) base = _mm512_add_ps(base, v ? bias1 : bias0);
            __m512 out = alpha == 1.0f ? _mm512_add_ps(acc[r][v], base)
                                       : _mm512_fmadd_ps(va, acc[r][v], base);
            _mm512_mask_storeu_ps(cr + 16 * v, m, out);
        }
    }
}

#define TILE_CASE(R, V)                                                                        \
    tile(R, V, kc, a, rsa, csa, b, ldb, m0, m1, c, ldc, alpha, beta, bias, later);           \
    break;

TK_TARGET void dispatch(int rows, int vecs, long kc, const float *a, long rsa, long csa,
                        const float *b, long ldb, __mmask16 m0, __mmask16 m1, float *c,
                        long ldc, float alpha, float beta, const float *bias, int later) {
    if (vecs == 2) {
        switch (rows) {
        case 8: TILE_CASE(8, 2)
        case 7: TILE_CASE(7, 2)
        case 6: TILE_CASE(6, 2)
        case 5: TILE_CASE(5, 2)
        case 4: TILE_CASE(4, 2)
        case 3: TILE_CASE(3, 2)
        case 2: TILE_CASE(2, 2)
        default: TILE_CASE(1, 2)
        }
    } else {
        switch (rows) {
        case 8: TILE_CASE(8, 1)
        case 7: TILE_CASE(7, 1)
        case 6: TILE_CASE(6, 1)
        case 5: TILE_CASE(5, 1)
        case 4: TILE_CASE(4, 1)
        case 3: TILE_CASE(3, 1)
        case 2: TILE_CASE(2, 1)
        default: TILE_CASE(1, 1)
        }
    }
}

static inline __mmask16 mask_for(long count) {
    if (count >= 16) return (__mmask16)0xFFFF;
    if (count <= 0) return 0;
    return (__mmask16)((1u << count) - 1);
}

TK_ENTRY void tk_sgemm(long m, long n, long k, float alpha, const float *a, long rsa, long csa,
                       const float *b, long ldb, float beta, const float *bias, float *c,
                       long ldc) {
    if (m <= 0 || n <= 0) return;
    if (k <= 0) {
        // C = beta·C + bias.
        for (long i = 0; i < m; i++)
            for (long j = 0; j < n; j++) {
                float v = beta == 0.0f ? 0.0f : beta * c[i * ldc + j];
                c[i * ldc + j] = v + (bias ? bias[j] : 0.0f);
            }
        return;
    }
    for (long p0 = 0; p0 < k; p0 += KC) {
        long kc = k - p0 < KC ? k - p0 : KC;
        int later = p0 > 0;
        for (long ic = 0; ic < m; ic += MC) {
            long mc = m - ic < MC ? m - ic : MC;
            for (long j0 = 0; j0 < n; j0 += NR) {
                long nc = n - j0 < NR ? n - j0 : NR;
                __mmask16 m0 = mask_for(nc), m1 = mask_for(nc - 16);
                int vecs = nc > 16 ? 2 : 1;
                const float *bp = b + p0 * ldb + j0;
                const float *biasp = bias ? bias + j0 : 0;
                for (long i0 = ic; i0 < ic + mc; i0 += MR) {
                    int rows = ic + mc - i0 < MR ? (int)(ic + mc - i0) : MR;
                    dispatch(rows, vecs, kc, a + i0 * rsa + p0 * csa, rsa, csa, bp, ldb, m0,
                             m1, c + i0 * ldc + j0, ldc, alpha, beta, biasp, later);
                }
            }
        }
    }
}

// Sums of four vectors as one __m128 {Σa, Σb, Σc, Σd}; the same lane order for every element.
TK_TARGET __m128 sum4(__m512 a, __m512 b, __m512 c, __m512 d) {
    __m512 ab = _mm512_add_ps(_mm512_unpacklo_ps(a, b), _mm512_unpackhi_ps(a, b));
    __m512 cd = _mm512_add_ps(_mm512_unpacklo_ps(c, d), _mm512_unpackhi_ps(c, d));
    __m512 abcd = _mm512_add_ps(
        _mm512_castpd_ps(_mm512_unpacklo_pd(_mm512_castps_pd(ab), _mm512_castps_pd(cd))),
        _mm512_castpd_ps(_mm512_unpackhi_pd(_mm512_castps_pd(ab), _mm512_castps_pd(cd))));
    __m256 h = _mm256_add_ps(_mm512_castps512_ps256(abcd),
                             _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(abcd), 1)));
    return _mm_add_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1));
}

// A tile of 4 rows × 4 columns of C = A·Bᵀ; rows/cols below 4 repeat the last valid row/column
// (their sums are computed and dropped).
TK_TARGET void tile_nt(int rows, int cols, long k, const float *a, long lda, const float *b,
                       long ldb, float alpha, float beta, float *c, long ldc) {
    const float *ar[4], *br[4];
    for (int r = 0; r < 4; r++) ar[r] = a + (r < rows ? r : rows - 1) * lda;
    for (int q = 0; q < 4; q++) br[q] = b + (q < cols ? q : cols - 1) * ldb;
    __m512 acc[4][4];
    for (int r = 0; r < 4; r++)
        for (int q = 0; q < 4; q++) acc[r][q] = _mm512_setzero_ps();
    for (long p = 0; p < k; p += 16) {
        __mmask16 m = k - p >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (k - p)) - 1);
        __m512 x[4], y[4];
        for (int r = 0; r < 4; r++) x[r] = _mm512_maskz_loadu_ps(m, ar[r] + p);
        for (int q = 0; q < 4; q++) y[q] = _mm512_maskz_loadu_ps(m, br[q] + p);
        for (int r = 0; r < 4; r++)
            for (int q = 0; q < 4; q++) acc[r][q] = _mm512_fmadd_ps(x[r], y[q], acc[r][q]);
    }
    __mmask8 cm = (__mmask8)((1u << cols) - 1);
    __m128 va = _mm_set1_ps(alpha), vb = _mm_set1_ps(beta);
    for (int r = 0; r < rows; r++) {
        __m128 s = sum4(acc[r][0], acc[r][1], acc[r][2], acc[r][3]);
        float *cr = c + r * ldc;
        __m128 out;
        if (beta == 0.0f) {
            out = alpha == 1.0f ? s : _mm_mul_ps(va, s);
        } else {
            __m128 old = _mm_maskz_loadu_ps(cm, cr);
            out = _mm_fmadd_ps(va, s, beta == 1.0f ? old : _mm_mul_ps(vb, old));
        }
        _mm_mask_storeu_ps(cr, cm, out);
    }
}

// Transposes 16 rows of 16 floats in registers (row i, lane j → row j, lane i).
TK_TARGET void transpose16(__m512 r[16]) {
    __m512 t[16];
    for (int i = 0; i < 8; i++) {
        t[2 * i] = _mm512_unpacklo_ps(r[2 * i], r[2 * i + 1]);
        t[2 * i + 1] = _mm512_unpackhi_ps(r[2 * i], r[2 * i + 1]);
    }
    for (int i = 0; i < 4; i++) {
        r[4 * i + 0] = _mm512_shuffle_ps(t[4 * i + 0], t[4 * i + 2], _MM_SHUFFLE(1, 0, 1, 0));
        r[4 * i + 1] = _mm512_shuffle_ps(t[4 * i + 0], t[4 * i + 2], _MM_SHUFFLE(3, 2, 3, 2));
        r[4 * i + 2] = _mm512_shuffle_ps(t[4 * i + 1], t[4 * i + 3], _MM_SHUFFLE(1, 0, 1, 0));
        r[4 * i + 3] = _mm512_shuffle_ps(t[4 * i + 1], t[4 * i + 3], _MM_SHUFFLE(3, 2, 3, 2));
    }
    for (int i = 0; i < 2; i++)
        for (int q = 0; q < 4; q++) {
            t[8 * i + q] = _mm512_shuffle_f32x4(r[8 * i + q], r[8 * i + 4 + q], 0x88);
            t[8 * i + 4 + q] = _mm512_shuffle_f32x4(r[8 * i + q], r[8 * i + 4 + q], 0xDD);
        }
    for (int q = 0; q < 8; q++) {
        r[q] = _mm512_shuffle_f32x4(t[q], t[8 + q], 0x88);
        r[q + 8] = _mm512_shuffle_f32x4(t[q], t[8 + q], 0xDD);
    }
}

// Packs the transpose of rows [0, nc) × columns [0, kc) of B (row stride ldb) into a
// kc × NR panel (row stride NR); columns of the panel past nc are zero.
TK_TARGET void pack_transposed(const float *b, long ldb, long nc, long kc, float *panel) {
    for (int jb = 0; jb < NR; jb += 16) {
        long valid = nc - jb;
        for (long p = 0; p < kc; p += 16) {
            __mmask16 m = mask_for(kc - p);
            __m512 r[16];
            for (int q = 0; q < 16; q++)
                r[q] = q < valid ? _mm512_maskz_loadu_ps(m, b + (jb + q) * ldb + p)
                                 : _mm512_setzero_ps();
            transpose16(r);
            long rows = kc - p < 16 ? kc - p : 16;
            for (long q = 0; q < rows; q++) _mm512_store_ps(panel + (p + q) * NR + jb, r[q]);
        }
    }
}

TK_ENTRY void tk_sgemm_nt(long m, long n, long k, float alpha, const float *a, long lda,
                          const float *b, long ldb, float beta, float *c, long ldc) {
    if (m <= 0 || n <= 0) return;
    if (m >= MR && k > 0) {
        // Enough rows to pay for packing: transpose B panel by panel and use the NN tiles.
        float panel[KC * NR] __attribute__((aligned(64)));
        for (long p0 = 0; p0 < k; p0 += KC) {
            long kc = k - p0 < KC ? k - p0 : KC;
            int later = p0 > 0;
            for (long j0 = 0; j0 < n; j0 += NR) {
                long nc = n - j0 < NR ? n - j0 : NR;
                __mmask16 m0 = mask_for(nc), m1 = mask_for(nc - 16);
                int vecs = nc > 16 ? 2 : 1;
                pack_transposed(b + j0 * ldb + p0, ldb, nc, kc, panel);
                for (long i0 = 0; i0 < m; i0 += MR) {
                    int rows = m - i0 < MR ? (int)(m - i0) : MR;
                    dispatch(rows, vecs, kc, a + i0 * lda + p0, lda, 1, panel, NR, m0, m1,
                             c + i0 * ldc + j0, ldc, alpha, beta, 0, later);
                }
            }
        }
        return;
    }
    for (long j0 = 0; j0 < n; j0 += 4) {
        int cols = n - j0 < 4 ? (int)(n - j0) : 4;
        for (long i0 = 0; i0 < m; i0 += 4) {
            int rows = m - i0 < 4 ? (int)(m - i0) : 4;
            tile_nt(rows, cols, k, a + i0 * lda, lda, b + j0 * ldb, ldb, alpha, beta,
                    c + i0 * ldc + j0, ldc);
        }
    }
}

#else
int tk_sgemm_available(void) { return 0; }
void tk_sgemm(long m, long n, long k, float alpha, const float *a, long rsa, long csa,
              const float *b, long ldb, float beta, const float *bias, float *c, long ldc) {
    (void)m; (void)n; (void)k; (void)alpha; (void)a; (void)rsa; (void)csa; (void)b; (void)ldb;
    (void)beta; (void)bias; (void)c; (void)ldc;
}
void tk_sgemm_nt(long m, long n, long k, float alpha, const float *a, long lda,
                 const float *b, long ldb, float beta, float *c, long ldc) {
    (void)m; (void)n; (void)k; (void)alpha; (void)a; (void)lda; (void)b; (void)ldb;
    (void)beta; (void)c; (void)ldc;
}
#endif
