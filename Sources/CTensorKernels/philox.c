// Uniform floats from Philox-4×32-10 (Salmon et al., SC 2011), sixteen counter blocks per step
// in the lanes of AVX-512 registers: the 32 × 32 → 64-bit products with vpmuludq on the even
// and odd lanes, the four output words of each block interleaved back into stream order with
// unpacks and one lane permute. The values are exactly those of the engine's scalar generator.
#include "CTensorKernels.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

#define TK_TARGET __attribute__((target("avx512f,avx512vl,avx512dq"), always_inline)) static inline
#define TK_ENTRY __attribute__((target("avx512f,avx512vl,avx512dq")))

// The high and low 32-bit halves of each lane's 64-bit product x · m.
TK_TARGET void mul_hi_lo(__m512i x, __m512i m, __m512i *hi, __m512i *lo) {
    __m512i even = _mm512_mul_epu32(x, m);
    __m512i odd = _mm512_mul_epu32(_mm512_srli_epi64(x, 32), m);
    *lo = _mm512_mask_blend_epi32(0xAAAA, even, _mm512_slli_epi64(odd, 32));
    *hi = _mm512_mask_blend_epi32(0xAAAA, _mm512_srli_epi64(even, 32), odd);
}

TK_TARGET __m512 to_unit(__m512i c) {
    return _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_srli_epi32(c, 8)), _mm512_set1_ps(0x1p-24f));
}

TK_ENTRY void tk_philox_uniform(float *out, long groups, unsigned long long counter,
                                unsigned key0, unsigned key1) {
    const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    const __m512i m0 = _mm512_set1_epi32((int)0xD2511F53u);
    const __m512i m1 = _mm512_set1_epi32((int)0xCD9E8D57u);
    // Output vector j takes 128-bit lanes j of e0, e1, e2, e3 (block k = 4·lane + e-index).
    const __m512i first = _mm512_setr_epi32(0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23);
    const __m512i second =
        _mm512_setr_epi32(8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31);
    const __m512i pick_low = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23);
    const __m512i pick_high =
        _mm512_setr_epi32(8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);
    for (long g = 0; g < groups; g++, counter += 16, out += 64) {
        __m512i low = _mm512_add_epi32(_mm512_set1_epi32((int)(unsigned)counter), lanes);
        __mmask16 wrapped = _mm512_cmplt_epu32_mask(low, lanes);
        __m512i high = _mm512_mask_add_epi32(_mm512_set1_epi32((int)(unsigned)(counter >> 32)),
                                             wrapped,
                                             _mm512_set1_epi32((int)(unsigned)(counter >> 32)),
                                             _mm512_set1_epi32(1));
        __m512i c0 = low, c1 = high, c2 = _mm512_setzero_si512(), c3 = _mm512_setzero_si512();
        unsigned k0 = key0, k1 = key1;
        for (int round = 0; round < 10; round++) {
            if (round > 0) {
                k0 += 0x9E3779B9u;
                k1 += 0xBB67AE85u;
            }
            __m512i hi0, lo0, hi1, lo1;
            mul_hi_lo(c0, m0, &hi0, &lo0);
            mul_hi_lo(c2, m1, &hi1, &lo1);
            c0 = _mm512_xor_si512(_mm512_xor_si512(hi1, c1), _mm512_set1_epi32((int)k0));
            c1 = lo1;
            c2 = _mm512_xor_si512(_mm512_xor_si512(hi0, c3), _mm512_set1_epi32((int)k1));
            c3 = lo0;
        }
        __m512 f0 = to_unit(c0), f1 = to_unit(c1), f2 = to_unit(c2), f3 = to_unit(c3);
        // A 4 × 16 transpose: out[4k + j] = fj[k].
        __m512 a = _mm512_unpacklo_ps(f0, f1), b = _mm512_unpackhi_ps(f0, f1);
        __m512 c = _mm512_unpacklo_ps(f2, f3), d = _mm512_unpackhi_ps(f2, f3);
        __m512 e0 = _mm512_castpd_ps(_mm512_unpacklo_pd(_mm512_castps_pd(a), _mm512_castps_pd(c)));
        __m512 e1 = _mm512_castpd_ps(_mm512_unpackhi_pd(_mm512_castps_pd(a), _mm512_castps_pd(c)));
        __m512 e2 = _mm512_castpd_ps(_mm512_unpacklo_pd(_mm512_castps_pd(b), _mm512_castps_pd(d)));
        __m512 e3 = _mm512_castpd_ps(_mm512_unpackhi_pd(_mm512_castps_pd(b), _mm512_castps_pd(d)));
        // Each 128-bit lane of e0…e3 is one block: e_j lane l holds block 4l + j.
        __m512 g01 = _mm512_permutex2var_ps(e0, first, e1);
        __m512 g23 = _mm512_permutex2var_ps(e2, first, e3);
        __m512 h01 = _mm512_permutex2var_ps(e0, second, e1);
        __m512 h23 = _mm512_permutex2var_ps(e2, second, e3);
        // g01 = (e0.l0, e1.l0, e0.l1, e1.l1), g23 = (e2.l0, e3.l0, e2.l1, e3.l1), h the upper
        // lanes; each output vector is four consecutive blocks.
        _mm512_storeu_ps(out, _mm512_permutex2var_ps(g01, pick_low, g23));
        _mm512_storeu_ps(out + 16, _mm512_permutex2var_ps(g01, pick_high, g23));
        _mm512_storeu_ps(out + 32, _mm512_permutex2var_ps(h01, pick_low, h23));
        _mm512_storeu_ps(out + 48, _mm512_permutex2var_ps(h01, pick_high, h23));
    }
}
#else
void tk_philox_uniform(float *out, long groups, unsigned long long counter, unsigned key0,
                       unsigned key1) {
    (void)out; (void)groups; (void)counter; (void)key0; (void)key1;
}
#endif
