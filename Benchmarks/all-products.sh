#!/usr/bin/env bash
# Generating every product of the corpus in one run (`aliyun-codegen generate-package`, release build):
# wall time, peak memory, and whether two runs give the same bytes. Usage: Benchmarks/all-products.sh
# CORPUS=DIR takes another corpus (default ../shared/corpus/alibaba-cloud; the 2025-12 snapshot is
# ../shared/corpus/alibaba-cloud-2025-12).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product aliyun-codegen --scratch-path .build-release 2>&1 | tail -n 1
out=$(mktemp -d)
for run in 1 2; do
  /usr/bin/time -f "run $run: %e s wall, %M KB peak" .build-release/release/aliyun-codegen generate-package \
    --corpus "${CORPUS:-../shared/corpus/alibaba-cloud}" --output "$out/$run" --runtime-path "$PWD" --quiet
done
echo "$(ls "$out/1/Sources" | wc -l) modules, $(find "$out/1" -type f | wc -l) files"
diff -r "$out/1" "$out/2" >/dev/null && echo "the two runs wrote the same bytes"
rm -rf "$out"
