#!/usr/bin/env bash
# Builds the DocC documentation of a generated SDK module (AliyunECSImages unless named) with swift-docc-plugin,
# its catalog included (Generated/ECS/AliyunECSImages.docc, written by aliyun-codegen), fails on any warning, and
# prints where the archive is. The build has a scratch directory of its own (.build-docs, or
# $DOCS_SCRATCH_PATH), so it never waits for SwiftPM's lock on .build.
# Usage: Scripts/documentation.sh [TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-AliyunECSImages}"
scratch="${DOCS_SCRATCH_PATH:-.build-docs}"
mkdir -p "$scratch"
log="$scratch/documentation-$target.log"

echo "== DocC documentation of $target (log: $log)"
start=$(date +%s)
status=0
swift package --scratch-path "$scratch" generate-documentation --target "$target" --warnings-as-errors \
  >"$log" 2>&1 || status=$?
echo "documentation build time: $(($(date +%s) - start)) s"

# SwiftPM itself warns, on every command, that a dependency leaves files undeclared
# ("warning: 'swift-distributed-tracing': found 1 file(s) which are unhandled; …"): a fact about another
# package's manifest, not about this documentation. Those lines are shown and not counted; any other
# warning, including that one about this package, fails the build.
dependency='^warning: '"'"'[^'"'"']+'"'"': found [0-9]+ file\(s\) which are unhandled; explicitly declare them as resources or exclude from the target$'
own='^warning: '"'"'swift-aliyun-codegen'"'"':'
ignored=$(grep -E "$dependency" "$log" | grep -Ev "$own" || true)
warnings=$(grep -F "warning:" "$log" | grep -Fvx -f <(printf '%s\n' "$ignored") || true)
if [ -n "$ignored" ]; then
  echo "not counted: $(printf '%s\n' "$ignored" | wc -l) SwiftPM warning(s) about dependencies' manifests:"
  printf '%s\n' "$ignored" | sort | uniq -c | sed 's/^/  /'
fi
count=$(printf '%s' "$warnings" | grep -c "warning:" || true)
echo "documentation warnings: $count"
if [ "$status" -ne 0 ] || [ "$count" -ne 0 ]; then
  [ -n "$warnings" ] && printf '%s\n' "$warnings" >&2
  grep -E "error:" "$log" >&2 || true
  echo "error: the documentation of $target does not build without warnings (exit status $status); see $log" >&2
  exit 1
fi
archive=$(grep -A1 "^Generated documentation archive at:" "$log" | tail -n 1 | sed 's/^ *//')
echo "documentation archive: $archive"
