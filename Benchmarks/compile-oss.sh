#!/usr/bin/env bash
# Compile time of the generated OSS client (Generated/OSS, target AliyunOSS), debug, from nothing but its
# dependencies (already built): its object files removed, then `swift build --target AliyunOSS` timed.
# With a commit (Benchmarks/compile-oss.sh COMMIT), Generated/OSS of that commit is compiled instead, and the
# checked-in one put back afterwards. Usage: Benchmarks/compile-oss.sh [COMMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --target AliyunOSS 2>&1 | tail -n 1
if [ -n "${1:-}" ]; then
  trap 'rm -rf Generated/OSS && git checkout -- Generated/OSS' EXIT
  rm -rf Generated/OSS && git archive "$1" Generated/OSS | tar -x
fi
echo "$(find Generated/OSS -name '*.swift' | wc -l) files, $(find Generated/OSS -name '*.swift' -exec cat {} + | wc -l) lines"
rm -rf .build/*/debug/AliyunOSS.build
/usr/bin/time -f "%e s wall, %U s user + %S s system, %M KB peak" swift build --target AliyunOSS 2>&1 | tail -n 2
