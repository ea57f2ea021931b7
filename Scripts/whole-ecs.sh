#!/usr/bin/env bash
# Generates the whole ECS API (all 347 operations of ../shared/corpus), its command-line client and server side
# into .build-whole-ecs/, compiles both in Swift 6 mode, fails on any warning in them, and runs the
# tests that need every operation (each documented answer decodes; real requests encode as the wire
# format wants). The targets exist only when ALIYUN_WHOLE_ECS=1 (see Package.swift), so everyday
# builds stay fast. Usage: Scripts/whole-ecs.sh [CORPUS-FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/lib/compiled-cleanly.sh
corpus="${1:-../shared/corpus/ecs-2014-05-26.api-docs.json}"
out=.build-whole-ecs

echo "== generating the whole ECS API from $corpus"
swift build --product aliyun-codegen
"$(swift build --show-bin-path)/aliyun-codegen" generate --spec "$corpus" --output "$out/AliyunECSComplete" \
  --module AliyunECSComplete --command-output "$out/ECSCompleteCommand" --command-name aliyun-ecs-complete \
  --server-output "$out/AliyunECSCompleteServer" --quiet

echo "== compiling it (debug)"
log="$out/build.log"
start=$(date +%s)
status=0
{ ALIYUN_WHOLE_ECS=1 swift build --target aliyun-ecs-complete && ALIYUN_WHOLE_ECS=1 swift build --target AliyunECSCompleteServer; } >"$log" 2>&1 || status=$?
echo "compile time: $(( $(date +%s) - start )) s (library, command-line client and server side, dependencies already built)"
compiled_cleanly "the whole ECS API" "$status" "$log" "$out"

echo "== swift format lint of the whole ECS output (reported, not enforced: see Benchmarks/README.md)"
findings=$(swift format lint --recursive "$out/AliyunECSComplete" "$out/ECSCompleteCommand" "$out/AliyunECSCompleteServer" 2>&1 | grep -c "warning:" || true)
echo "swift format lint: $findings findings"

echo "== tests on every operation"
ALIYUN_WHOLE_ECS=1 swift test --filter AliyunECSCompleteTests
