#!/usr/bin/env bash
# Debug compile time of the whole generated ECS library (347 operations) in each file layout:
# per-type (one file per declaration, ~3,600 files) and per-operation (one file per operation).
# Dependencies are built first, so only the generated module is timed. Figures go to
# Benchmarks/README.md; on a shared machine compare the CPU ("user") times, not the wall times.
# Usage: Benchmarks/compile-layouts.sh [CORPUS-FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/ecs-2014-05-26.api-docs.json}"
out=.build-whole-ecs/AliyunECSComplete
swift build --product aliyun-codegen >/dev/null
bin="$(swift build --show-bin-path)/aliyun-codegen"
ALIYUN_WHOLE_ECS=1 swift build --target AliyunRuntime >/dev/null
for layout in per-type per-operation; do
  rm -rf "$out"
  "$bin" generate --spec "$corpus" --output "$out" --module AliyunECSComplete --layout "$layout" --quiet >/dev/null
  files=$(find "$out" -name '*.swift' | wc -l)
  lines=$(cat $(find "$out" -name '*.swift') | wc -l)
  TIMEFORMAT="$layout: $files files, $lines lines: %R s wall, %U s user, %S s sys"
  time (ALIYUN_WHOLE_ECS=1 swift build --target AliyunECSComplete >/dev/null)
done
