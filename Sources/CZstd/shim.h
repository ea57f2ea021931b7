#ifndef CZSTD_SHIM_H
#define CZSTD_SHIM_H

/* Zstandard frames, which Log Service's x-log-compresstype: zstd bodies are. */
#include <zstd.h>

#endif
