#!/usr/bin/env bash
# Generates the whole Container Service API (CS 2015-12-15, ROA style: all 117 operations of ../shared/corpus)
# and its command-line client into .build-whole-cs/, compiles both in Swift 6 mode, fails on any warning in
# them, and runs the tests that need every operation (each documented answer decodes, a list answer
# included). The targets exist only when ALIYUN_WHOLE_CS=1 (see Package.swift).
# Usage: Scripts/whole-cs.sh [CORPUS-FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/lib/compiled-cleanly.sh
corpus="${1:-../shared/corpus/alibaba-cloud/cs/2015-12-15/api-docs.json}"
out=.build-whole-cs

echo "== generating the whole CS API from $corpus"
swift build --product aliyun-codegen 2>&1 | grep -v "swift-distributed-tracing" | tail -n 1
"$(swift build --show-bin-path)/aliyun-codegen" generate --spec "$corpus" --output "$out/AliyunCSComplete" \
  --module AliyunCSComplete --command-output "$out/CSCompleteCommand" --command-name aliyun-cs-complete --quiet

echo "== compiling it (debug)"
log="$out/build.log"
start=$(date +%s)
status=0
ALIYUN_WHOLE_CS=1 swift build --target aliyun-cs-complete >"$log" 2>&1 || status=$?
echo "compile time: $(( $(date +%s) - start )) s (library and command-line client, dependencies already built)"
compiled_cleanly "the whole CS API" "$status" "$log" "$out"

echo "== tests on every operation"
ALIYUN_WHOLE_CS=1 swift test --filter AliyunCSCompleteTests
