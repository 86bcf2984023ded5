// The C BLAS interface the engine calls (cblas_sgemm, cblas_saxpy, ...), from OpenBLAS or any
// other CBLAS found through pkg-config. openblas_set_num_threads is declared by OpenBLAS's cblas.h.
#include <cblas.h>
