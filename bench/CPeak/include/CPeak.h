// FMA throughput kernels for the benchmark's peak measurement. Each runs `iterations` rounds of
// 12 independent fused multiply-adds on full vector registers and returns a value that depends
// on every lane (so the work cannot be optimized away). They are compiled for AVX-512 and AVX2
// with function target attributes, so the rest of the program stays portable; call them only
// when the CPU reports the feature (cpeak_has_avx512f / cpeak_has_avx2).
#ifndef CPEAK_H
#define CPEAK_H
float cpeak_fma512(long iterations);
float cpeak_fma256(long iterations);
int cpeak_has_avx512f(void);
int cpeak_has_avx2(void);
#endif
