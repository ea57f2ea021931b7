#!/usr/bin/env bash
# Two generator binaries on a few products, counted in instructions executed (valgrind's callgrind, `I refs`),
# and whether both wrote the same bytes. Wall time on this shared VM drifts by half within minutes; the
# instruction count does not (two runs of one binary on `cs` differ by 0.01 %), so a change of 1 % shows.
# Callgrind runs about 50 times slower than the binary alone: `cs` takes 30 s, `cs,vpc` 2.5 minutes.
# Valgrind cannot read the Swift binaries' debug information, so each binary runs as a stripped copy.
# Usage: Benchmarks/instructions.sh OLD_BINARY NEW_BINARY [PRODUCTS, comma-separated; default cs]
set -euo pipefail
old=$1
new=$2
products=${3:-cs}
command -v valgrind >/dev/null || { echo "valgrind is missing: apt-get install valgrind" >&2; exit 1; }
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for side in old new; do
  binary=$old
  [ "$side" = new ] && binary=$new
  strip -o "$out/$side-binary" "$binary"
  count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$out/$side-binary" generate-package \
    --corpus ../shared/corpus/alibaba-cloud --products "$products" --output "$out/$side" --runtime-path "$PWD" \
    --quiet 2>&1 | sed -n 's/.*I *refs: *//p') || true
  [ -n "$count" ] || { echo "callgrind did not run $binary to the end" >&2; exit 1; }
  echo "$side ($products): $count instructions"
done
diff -r "$out/old" "$out/new" >/dev/null || { echo "the two binaries wrote different bytes"; exit 1; }
echo "both binaries wrote the same bytes"
