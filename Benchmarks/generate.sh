#!/usr/bin/env bash
# Wall time and peak memory of generating the whole ECS API (347 operations: SDK and command-line
# client) with a release build of aliyun-codegen, at 1x and 5x the corpus, 5 runs each, and a check
# that the output is byte-identical run to run. Figures go to Benchmarks/README.md, never into tests.
# Usage: Benchmarks/generate.sh [CORPUS-FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/ecs-2014-05-26.api-docs.json}"
swift build -c release --scratch-path .build-release --product aliyun-codegen >/dev/null
bin=.build-release/release/aliyun-codegen
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

python3 - "$corpus" "$scratch/corpus-x5.json" <<'PY'
import json, sys
source, target = sys.argv[1:]
d = json.load(open(source))
d["apis"] = {(n if k == 0 else f"{n}Copy{k + 1}"): a for k in range(5) for n, a in d["apis"].items()}
json.dump(d, open(target, "w"), ensure_ascii=False)
PY

measure() {
  local label=$1 file=$2
  for run in 1 2 3 4 5; do
    rm -rf "$scratch/out" "$scratch/cmd"
    /usr/bin/time -f "$label run $run: %e s wall, %U s user, %M KiB peak RSS" \
      "$bin" generate --spec "$file" --output "$scratch/out" --command-output "$scratch/cmd" --quiet >/dev/null
  done
  echo "$label: $(find "$scratch/out" "$scratch/cmd" -name '*.swift' | wc -l) files," \
    "$(cat "$scratch"/out/*.swift "$scratch"/cmd/*.swift | wc -l) lines"
}
measure "ECS corpus (347 operations)" "$corpus"
"$bin" generate --spec "$corpus" --output "$scratch/second" --quiet >/dev/null
if diff -r "$scratch/out" "$scratch/second" >/dev/null; then
  echo "output byte-identical across runs"
else
  echo "error: two runs gave different output" >&2
  exit 1
fi
measure "ECS corpus x5 (1735 operations)" "$scratch/corpus-x5.json"
