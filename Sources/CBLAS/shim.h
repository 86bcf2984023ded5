#ifndef HANDSON_CBLAS_SHIM_H
#define HANDSON_CBLAS_SHIM_H
#include <cblas.h>
#endif
