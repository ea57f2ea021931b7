#!/usr/bin/env bash
# Clean debug builds of the whole generated ECS library (AliyunECSComplete, 347 operations), this tree's
# generator output against another tree's (an older commit's checkout with its own .build), alternated so the
# machine's drift (±30 % within an hour on the 2-core box) falls on both alike (issue 30: "pair the runs").
# Each build deletes the module's objects first (the frontend skips LLVM for an object whose IR hash matches,
# so "touch and rebuild" is not a clean build), with the dependencies already built.
# TARGETS="AliyunECSComplete aliyun-ecs-complete AliyunECSCompleteServer" also measures the command-line client
# and the server side, each built over an already built library with only its own objects deleted.
# Usage: Benchmarks/compile-paired.sh OTHER-TREE [ROUNDS]   e.g. a `git worktree add ../old 5a27800` that has
#        run Scripts/whole-ecs.sh once (its .build-whole-ecs and .build exist). Prints one line per build and a
#        table of medians; REGENERATE=1 regenerates this tree's .build-whole-ecs first.
set -euo pipefail
cd "$(dirname "$0")/.."
other="$(cd "${1:?usage: compile-paired.sh OTHER-TREE [ROUNDS]}" && pwd)"
rounds="${2:-2}"
corpus=../shared/corpus/ecs-2014-05-26.api-docs.json
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
if [ "${REGENERATE:-0}" = 1 ] || [ ! -f .build-whole-ecs/AliyunECSComplete/ECSClient.swift ]; then
  swift build --product aliyun-codegen >&2
  "$(swift build --show-bin-path)/aliyun-codegen" generate --spec "$corpus" --output .build-whole-ecs/AliyunECSComplete \
    --module AliyunECSComplete --command-output .build-whole-ecs/ECSCompleteCommand --command-name aliyun-ecs-complete \
    --server-output .build-whole-ecs/AliyunECSCompleteServer --quiet
fi
lines() { cat "$1"/.build-whole-ecs/AliyunECSComplete/*.swift | wc -l; }
targets="${TARGETS:-AliyunECSComplete}"
build() { # tree label target
  local tree="$1" label="$2 $3" target="$3" log
  log="$(mktemp)"
  (cd "$tree" && ALIYUN_WHOLE_ECS=1 swift build --target AliyunRuntime >/dev/null 2>&1 &&
    { [ "$target" = AliyunECSComplete ] || ALIYUN_WHOLE_ECS=1 swift build --target AliyunECSComplete >/dev/null 2>&1; } &&
    rm -f "$(ALIYUN_WHOLE_ECS=1 swift build --show-bin-path)/${target//-/_}.build"/*.o &&
    /usr/bin/time -v -o "$log" env ALIYUN_WHOLE_ECS=1 swift build --target "$target" >/dev/null 2>&1)
  python3 - "$log" "$label" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
print(f"{sys.argv[2]}\t{user + system:.1f}\t{field('Elapsed (wall clock) time (h:mm:ss or m:ss)')}\t{int(field('Maximum resident set size (kbytes)')) // 1024}")
PY
  rm -f "$log"
}
echo "lines: this tree $(lines .), other $(lines "$other")"
printf 'tree\tCPU-s\twall\tpeak MiB\n'
results="$(mktemp)"
for _ in $(seq "$rounds"); do
  for target in $targets; do
    build "$other" other "$target" | tee -a "$results"
    build . this "$target" | tee -a "$results"
  done
done
python3 - "$results" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, cpu, wall, mib = line.split("\t")
    rows[label].append((float(cpu), int(mib)))
for label, values in rows.items():
    print(f"median {label}: {statistics.median(v[0] for v in values):.1f} CPU-s, peak {max(v[1] for v in values)} MiB")
PY
rm -f "$results"
