// Adapted from the engine issue's reference peak_fma.c: 12 independent accumulator chains hide the
// FMA latency, so the loop runs at the FMA ports' throughput.
#include "CPeak.h"
#if defined(__x86_64__)
#include <immintrin.h>
#define CHAINS 12

__attribute__((target("avx512f,fma"))) float cpeak_fma512(long iterations) {
    __m512 acc[CHAINS];
    __m512 a = _mm512_set1_ps(1.0000001f), b = _mm512_set1_ps(0.9999999f);
    for (int i = 0; i < CHAINS; i++) acc[i] = _mm512_set1_ps((float)i);
    for (long it = 0; it < iterations; it++) {
#pragma GCC unroll 12
        for (int i = 0; i < CHAINS; i++) acc[i] = _mm512_fmadd_ps(acc[i], a, b);
    }
    float s = 0;
    for (int i = 0; i < CHAINS; i++) s += _mm512_reduce_add_ps(acc[i]);
    return s;
}

__attribute__((target("avx2,fma"))) float cpeak_fma256(long iterations) {
    __m256 acc[CHAINS];
    __m256 a = _mm256_set1_ps(1.0000001f), b = _mm256_set1_ps(0.9999999f);
    for (int i = 0; i < CHAINS; i++) acc[i] = _mm256_set1_ps((float)i);
    for (long it = 0; it < iterations; it++) {
#pragma GCC unroll 12
        for (int i = 0; i < CHAINS; i++) acc[i] = _mm256_fmadd_ps(acc[i], a, b);
    }
    float s = 0, t[8];
    for (int i = 0; i < CHAINS; i++) {
        _mm256_storeu_ps(t, acc[i]);
        for (int j = 0; j < 8; j++) s += t[j];
    }
    return s;
}

int cpeak_has_avx512f(void) { return __builtin_cpu_supports("avx512f"); }
int cpeak_has_avx2(void) { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }
#else
float cpeak_fma512(long iterations) { return (float)iterations; }
float cpeak_fma256(long iterations) { return (float)iterations; }
int cpeak_has_avx512f(void) { return 0; }
int cpeak_has_avx2(void) { return 0; }
#endif
