#!/usr/bin/env bash
# Compile time of the whole generated package: every product of the corpus (`generate-package --corpus`),
# debug, on this machine's cores. The runtime and its dependencies are built first and timed apart; then each
# module is built on its own (`swift build --target`), in the manifest's order, so each module's wall time,
# CPU time and peak memory are its own. The cost of one `swift build` call that has nothing to do (planning a
# package of this many targets), measured at the end, is reported, so the per-module figures can be read
# without it.
# A module that fails to compile, or compiles with a warning in its generated sources, is reported and the
# run goes on; the script exits non-zero at the end if any did.
# Usage: Benchmarks/compile-all-products.sh [RESULTS_TSV]   (default: .build-compile-all/results.tsv)
# PRODUCTS=a,b,... limits it to those corpus products (`generate-package --products`).
# CORPUS=DIR takes the products from another corpus (default ../shared/corpus/alibaba-cloud; for instance
# ../shared/corpus/alibaba-cloud-2025-12).
# It takes about two hours on 2 cores. Each module's row is written as soon as it is measured; RESUME=1 keeps
# the rows of an earlier run of the same generator (same package) and measures only the modules missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=.build-compile-all
package=$work/AlibabaCloudSDK
scratch=$root/$work/scratch
results=${1:-$work/results.tsv}
mkdir -p "$work" "$work/logs"

swift build -c release --product aliyun-codegen --scratch-path .build-release 2>&1 | tail -n 1
[ "${RESUME:-0}" = 1 ] && [ -f "$results" ] || rm -f "$results"
.build-release/release/aliyun-codegen generate-package --corpus "${CORPUS:-../shared/corpus/alibaba-cloud}" \
  ${PRODUCTS:+--products "$PRODUCTS"} --output "$package" --runtime-path "$root" --quiet

timed() { # LOG COMMAND... : runs COMMAND in the package, prints "wall user+sys peak-KB status"
  local log=$1 status=0
  shift
  (cd "$package" && /usr/bin/time -f "%e %U %S %M" -o "$root/$work/time.txt" "$@") >"$log" 2>&1 || status=$?
  read -r wall user sys peak < <(tail -n 1 "$work/time.txt")
  echo "$wall $(echo "$user + $sys" | bc) $peak $status"
}

echo "== the runtime and its dependencies"
read -r wall cpu peak status <<<"$(timed "$work/logs/runtime.log" swift build --scratch-path "$scratch" \
  --target AliyunRuntime)"
echo "runtime: ${wall} s wall, ${cpu} s CPU, exit $status"
[ "$status" -eq 0 ] || { tail -n 20 "$work/logs/runtime.log"; exit 1; }

# Every module: those on the runtime (`let modules = [...]`) and those of each style on that style's runtime too
# (`let ossModules = [...]`, `let slsModules = [...]`: every `let …Modules` list), each on one line or several.
modules=$(awk '/^let ([a-z]+M|m)odules = \[/ { inside = 1 } inside { print } inside && /\]/ { inside = 0 }' \
  "$package/Package.swift" | grep -o '"[A-Za-z0-9]*"' | tr -d '"')
[ -f "$results" ] || printf "module\toperations\tfiles\tlines\twall_s\tcpu_s\tpeak_kb\tstatus\twarnings\n" >"$results"
for module in $modules; do
  if grep -q "^$module"$'\t' "$results"; then continue; fi
  sources=$package/Sources/$module
  operations=$(cat "$sources"/*Client+Operations.swift | grep -c "OperationDescriptor(" || true)
  files=$(find "$sources" -name "*.swift" | wc -l)
  lines=$(find "$sources" -name "*.swift" -exec cat {} + | wc -l)
  log=$work/logs/$module.log
  read -r wall cpu peak status <<<"$(timed "$log" swift build --scratch-path "$scratch" --target "$module")"
  warnings=$(grep -c "Sources/$module/.*warning:" "$log" || true)
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$module" "$operations" "$files" "$lines" "$wall" "$cpu" \
    "$peak" "$status" "$warnings" | tee -a "$results"
done

# A call with nothing to do, for a target other than the last one built (as each call of the loop is), twice.
first=$(echo "$modules" | head -n 1)
idle=
for call in 1 2; do
  read -r wall _ _ _ <<<"$(timed "$work/logs/idle.log" swift build --scratch-path "$scratch" --target "$first")"
  idle=$(echo "$wall $idle" | awk '{ print ($2 == "" || $1 < $2) ? $1 : $2 }')
done
echo "one swift build call with nothing to do: ${idle} s"
failed=$(tail -n +2 "$results" | awk -F'\t' '$8 != 0 || $9 != 0' | wc -l)

echo "== summary ($results)"
awk -F'\t' -v idle="$idle" 'NR > 1 {
    n++; ops += $2; files += $3; lines += $4; wall += $5; cpu += $6
    if ($7 > peak) peak = $7
  }
  END {
    printf "%d modules, %d operations, %d files, %d lines\n", n, ops, files, lines
    printf "compile: %.0f s wall (%.0f s less %d idle swift build calls), %.0f s CPU, peak %.0f MiB\n",
      wall, wall - n * idle, n, cpu, peak / 1024
    printf "per operation: %.3f s wall, %.3f s CPU\n", (wall - n * idle) / ops, cpu / ops
  }' "$results"
# CPU time, not wall, ranks the modules: it holds when the machine is shared.
echo "slowest modules (CPU):"
tail -n +2 "$results" | sort -t$'\t' -k6,6 -g -r | head -n 10 |
  awk -F'\t' '{ printf "  %s: %.0f s CPU (%.0f s wall), %d operations, %d lines, %.3f s CPU per operation\n",
    $1, $6, $5, $2, $4, $6 / ($2 > 0 ? $2 : 1) }'
echo "slowest per operation (CPU; modules of 10 operations or more):"
tail -n +2 "$results" | awk -F'\t' '$2 >= 10 { printf "%s\t%.3f\t%d\t%d\t%.0f\n", $1, $6 / $2, $2, $4, $4 / $6 }' |
  sort -t$'\t' -k2,2 -g -r | head -n 10 |
  awk -F'\t' '{ printf "  %s: %s s per operation, %d operations, %d lines per operation, %d lines per CPU second\n",
    $1, $2, $3, $4 / $3, $5 }'
if [ "$failed" -ne 0 ]; then
  echo "error: $failed modules failed to compile or compiled with warnings (see $work/logs)" >&2
  exit 1
fi
echo "every module compiled with no warnings"
