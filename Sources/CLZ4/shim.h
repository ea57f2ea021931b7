#ifndef CLZ4_SHIM_H
#define CLZ4_SHIM_H

/* LZ4's block format, which Log Service's x-log-compresstype: lz4 bodies are (no frame, the raw size in
 * x-log-bodyrawsize). */
#include <lz4.h>

#endif
