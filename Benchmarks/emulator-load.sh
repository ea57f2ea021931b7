#!/usr/bin/env bash
# Load on the emulator: requests per second and p50/p99 latency of the generated Swift client and of the official
# Python SDK (alibabacloud-ecs20140526, pinned in Scripts/official-sdk-vectors), side by side, against the same
# emulator process, with 1, 16 and 64 concurrent tasks (threads for Python).
#
# The emulator is `aliyun-emulator` serving ECS from spec/ (DescribeImages answered by the ecs-images handlers that
# spec/emulator-overrides/ecs.json names), or `ecs-emulator` with EMULATOR=ecs-emulator.
# Usage: Benchmarks/emulator-load.sh [REQUESTS-PER-RUN]   (release builds; creates .venv-official-sdk if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-4000}
python_requests=${PYTHON_REQUESTS:-$((requests / 4))}
emulator_name=${EMULATOR:-aliyun-emulator}
venv=.venv-official-sdk
[ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet -r Scripts/official-sdk-vectors/requirements.txt; }
swift build -c release --product "$emulator_name" >/dev/null
# SwiftPM keeps a path dependency's file list in the plan: plan again, so that new files of this package are seen.
rm -f .build-bench-load/release.yaml
swift build -c release --package-path Benchmarks/EmulatorLoad --scratch-path .build-bench-load 2>&1 | { grep -E "error:" >&2 || true; }
load=.build-bench-load/release/emulator-load

export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-load ALIBABA_CLOUD_ACCESS_KEY_SECRET=load-secret
export ECS_EMULATOR_CONTROL_TOKEN=load-control ALIYUN_EMULATOR_CONTROL_TOKEN=load-control
unset ALIBABA_CLOUD_SECURITY_TOKEN
images=$(mktemp)
python3 -c "import json; print(json.dumps({'images': [{'imageId': f'm-{i:03}', 'regionId': 'cn-hangzhou'} for i in range(30)]}))" >"$images"
out=$(mktemp)
case $emulator_name in
  aliyun-emulator)
    .build/release/aliyun-emulator --port 0 --spec spec/ecs/2014-05-26/api-docs.json \
      --spec spec/ecs/2014-05-26/DescribeImages.api-docs.json --overrides spec/emulator-overrides \
      --images "$images" >"$out" 2>/dev/null &
    ;;
  ecs-emulator) .build/release/ecs-emulator --port 0 --state "$images" >"$out" &;;
  *) echo "EMULATOR must be aliyun-emulator or ecs-emulator" >&2; exit 64;;
esac
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -f "$images" "$out"' EXIT
until [ -s "$out" ]; do sleep 0.1; done
endpoint=$(sed -n 's/^listening on //p' "$out")
echo "$emulator_name at $endpoint (pid $emulator); $requests requests per Swift run, $python_requests per Python run"
# Each row: the client's figures, and the CPU time per call of the client (user + system while its calls ran, as it
# reports it) and of the emulator (from /proc/PID/stat, before and after the row). The floor row sends
# `GET /_emulator/faults` through the same transport: the HTTP stack of both sides alone, no signing, no JSON.
printf '| client | tasks | requests | req/s | p50 ms | p99 ms | errors | client CPU µs/call | emulator CPU µs/call |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
ticks() { awk '{print $14 + $15}' "/proc/$emulator/stat"; }
row() {
  local label=$1; shift
  local before after result
  before=$(ticks)
  result=$("$@")
  after=$(ticks)
  python3 -c "
import json, os, sys
r = json.loads(sys.argv[2]); calls = max(int(r['requests']), 1); hz = os.sysconf('SC_CLK_TCK')
print(f\"| {sys.argv[1]} | {int(r['tasks'])} | {calls} | {r['rps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {int(r['errors'])}\"
      f\" | {r['cpu_s'] / calls * 1e6:.0f} | {int(sys.argv[3]) / hz / calls * 1e6:.0f} |\")
" "$label" "$result" "$((after - before))"
}
export EMULATOR_CONTROL_TOKEN=load-control
"$load" "$endpoint" 4 200 >/dev/null   # warm-up: connections and caches
for tasks in 1 16 64; do
  row "Swift (generated)" "$load" "$endpoint" "$tasks" "$requests"
  row "Swift (HTTP floor)" "$load" --floor "$endpoint" "$tasks" "$requests"
  row "Python (official SDK)" "$venv/bin/python" Benchmarks/EmulatorLoad/python_load.py "$endpoint" "$tasks" "$python_requests"
done
curl -s -H "Authorization: Bearer load-control" "$endpoint/_emulator/requests" | python3 -c "import json,sys; e=json.load(sys.stdin); print(f'emulator journal: {len(e)} calls, {sum(1 for x in e if x.get(\"status\") != 200)} not 200')"
