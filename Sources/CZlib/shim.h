// zlib's inflate for reading gzip files (the Fashion-MNIST IDX archives), from the system zlib
// (apt: zlib1g-dev; part of the macOS SDK).
#include <zlib.h>
