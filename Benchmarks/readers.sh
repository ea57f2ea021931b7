#!/usr/bin/env bash
# Wall time and peak memory of reading specs with a release build of aliyun-codegen.
# Also reads 4x-sized inputs, to show that reading grows linearly with input size.
# Usage: Benchmarks/readers.sh   (needs ../shared/corpus beside the repository, python3, /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product aliyun-codegen >/dev/null
bin=.build/release/aliyun-codegen
corpus=../shared/corpus/ecs-2014-05-26.api-docs.json
page=spec/ecs/2014-05-26/ModifyImageAttribute.html
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

python3 - "$corpus" "$page" "$scratch" <<'PY'
import json, sys, re
corpus, page, out = sys.argv[1:]
d = json.load(open(corpus))
d["apis"] = {f"{n}{k}": a for k in range(4) for n, a in d["apis"].items()}
json.dump(d, open(f"{out}/corpus-x4.json", "w"), ensure_ascii=False)
html = open(page, encoding="utf-8").read()
rows = re.search(r"(<tr data-level=\"0\">.*?</tr>\n)", html, re.S).group(1)
for factor in (1000, 4000):
    big = html.replace(rows, "".join(rows.replace("RegionId", f"RegionId{i}") for i in range(factor)), 1)
    open(f"{out}/page-{factor}-rows.html", "w", encoding="utf-8").write(big)
PY

measure() {
  local label=$1 file=$2
  local size; size=$(wc -c < "$file")
  for run in 1 2 3; do
    /usr/bin/time -f "$label ($size bytes) run $run: %e s wall, %M KiB peak RSS" \
      "$bin" dump-ir "$file" --quiet > /dev/null
  done
}
measure "ECS corpus" "$corpus"
measure "ECS corpus x4" "$scratch/corpus-x4.json"
measure "ModifyImageAttribute.html" "$page"
measure "page with 1000 parameter rows" "$scratch/page-1000-rows.html"
measure "page with 4000 parameter rows" "$scratch/page-4000-rows.html"
