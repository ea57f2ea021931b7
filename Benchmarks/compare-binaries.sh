#!/usr/bin/env bash
# Two generator binaries on the whole corpus, runs interleaved (A B A B …) so that the machine's drift touches
# both alike: wall time, CPU (user + system) and peak memory of each run, and whether every run wrote the same
# bytes. The machine is a shared VM whose speed drifts by half within minutes; compare within one invocation.
# Usage: Benchmarks/compare-binaries.sh OLD_BINARY NEW_BINARY [RUNS]
set -euo pipefail
old=$1
new=$2
runs=${3:-3}
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for run in $(seq 1 "$runs"); do
  for side in old new; do
    binary=$old
    [ "$side" = new ] && binary=$new
    /usr/bin/time -f "$side run $run: %e s wall, %U s user, %S s system, %M KB peak" "$binary" generate-package \
      --corpus ../shared/corpus/alibaba-cloud --output "$out/$side-$run" --runtime-path "$PWD" --quiet 2>&1 \
      | grep -E "run $run:"
  done
done
for run in $(seq 1 "$runs"); do
  diff -r "$out/old-1" "$out/old-$run" >/dev/null && diff -r "$out/old-1" "$out/new-$run" >/dev/null \
    || { echo "run $run wrote different bytes"; exit 1; }
done
echo "every run of both binaries wrote the same bytes"
