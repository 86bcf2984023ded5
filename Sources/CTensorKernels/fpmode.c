// The floating-point control state of the calling thread (x86-64: MXCSR), so that a split job's
// halves run in the caller's mode on the helper thread too.
#include "CTensorKernels.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <xmmintrin.h>
#define TK_FLUSH_BITS 0x8040u /* FTZ (bit 15) and DAZ (bit 6) */

unsigned tk_fp_mode(void) { return _mm_getcsr(); }

void tk_set_fp_mode(unsigned mode) {
    if (_mm_getcsr() != mode) _mm_setcsr(mode);
}

unsigned tk_flush_denormals(void) {
    unsigned old = _mm_getcsr();
    tk_set_fp_mode(old | TK_FLUSH_BITS);
    return old;
}
#else
unsigned tk_fp_mode(void) { return 0; }
void tk_set_fp_mode(unsigned mode) { (void)mode; }
unsigned tk_flush_denormals(void) { return 0; }
#endif
