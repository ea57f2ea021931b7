#!/usr/bin/env bash
# Ablations on the whole generated ECS library (issue 30): the library as generated, and copies with one construct
# cut out (Benchmarks/lib/ablations.py: schema rows, validation rules, error rows, error code constants, client
# methods, the operation table, doc comments), and the "public API skeleton" (only the declarations a user sees:
# the floor no change to the generated machinery can go under while the public API stays). Each copy is compiled by
# SwiftPM's own `swiftc` command for the module (debug, -g), its objects deleted first, the variants alternated
# ROUNDS times (the machine drifts; compare within a round).
# Usage: Benchmarks/ablate-whole-ecs.sh [ROUNDS]   REGENERATE=1 regenerates .build-whole-ecs first;
#        ONLY="as generated|public API skeleton" (a regular expression) measures only those variants.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-1}"
corpus=../shared/corpus/ecs-2014-05-26.api-docs.json
src="$PWD/.build-whole-ecs/AliyunECSComplete"
work="$PWD/.build/ablate-whole-ecs"
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
if [ "${REGENERATE:-0}" = 1 ] || [ ! -f "$src/ECSClient.swift" ]; then
  swift build --product aliyun-codegen >&2
  "$(swift build --show-bin-path)/aliyun-codegen" generate --spec "$corpus" --output "$src" \
    --module AliyunECSComplete --quiet
fi
ALIYUN_WHOLE_ECS=1 swift build --target AliyunECSComplete >/dev/null 2>&1 ||
  ALIYUN_WHOLE_ECS=1 swift build --target AliyunECSComplete >&2
rm -rf "$work"
mkdir -p "$work"
python3 - "$src" "$work" "${ONLY:-.}" <<'PY'
import os, re, sys
sys.path.insert(0, os.path.join(os.getcwd(), "Benchmarks", "lib"))
from ablations import VARIANTS
src, work, only = sys.argv[1:4]
names = sorted(f for f in os.listdir(src) if f.endswith(".swift"))
for n, (variant, edit) in enumerate(VARIANTS.items()):
    if not re.search(only, variant):
        continue
    d = os.path.join(work, str(n))
    os.makedirs(d)
    open(os.path.join(d, "NAME"), "w").write(variant)
    for name in names:
        text = edit(name, open(os.path.join(src, name), encoding="utf-8").read())
        if text is not None:
            open(os.path.join(d, name), "w").write(text)
PY
variants=()
for d in "$work"/*/; do
  d="${d%/}"
  variants+=("$d")
  find "$d" -name '*.swift' | sort >"$d/sources"
  python3 Benchmarks/lib/module-compile-args.py .build/debug.yaml "$d" >"$d/args"
  mkdir -p "$d/obj"
done
printf 'variant\tlines\tCPU-s\twall s\tpeak MiB\n'
for _ in $(seq "$rounds"); do
  for d in "${variants[@]}"; do
    mapfile -t args <"$d/args"
    rm -f "$d"/obj/*.o
    (cd "$d/obj" && /usr/bin/time -f "%U %S %e %M" -o "$d/time" "${args[@]}" >"$d/log" 2>&1) ||
      { echo "$(cat "$d/NAME") failed to compile: $d/log" >&2; head -20 "$d/log" >&2; exit 1; }
    read -r user sys wall kib <"$d/time"
    printf '%s\t%d\t%.1f\t%s\t%d\n' "$(cat "$d/NAME")" "$(cat "$d"/*.swift | wc -l)" "$(echo "$user + $sys" | bc)" \
      "$wall" "$((kib / 1024))"
  done
done
