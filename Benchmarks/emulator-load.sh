#!/usr/bin/env bash
# Load on the ECS emulator: requests per second and p50/p99 latency of the generated Swift client and of
# the official Python SDK (alibabacloud-ecs20140526, pinned in Scripts/official-sdk-vectors), side by side,
# against the same emulator process, with 1, 16 and 64 concurrent tasks (threads for Python).
# Usage: Benchmarks/emulator-load.sh [REQUESTS-PER-RUN]   (release builds; creates .venv-official-sdk if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-4000}
python_requests=${PYTHON_REQUESTS:-$((requests / 4))}
venv=.venv-official-sdk
[ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet -r Scripts/official-sdk-vectors/requirements.txt; }
swift build -c release --product ecs-emulator >/dev/null
swift build -c release --package-path Benchmarks/EmulatorLoad --scratch-path .build-bench-load >/dev/null
load=.build-bench-load/release/emulator-load

export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-load ALIBABA_CLOUD_ACCESS_KEY_SECRET=load-secret ECS_EMULATOR_CONTROL_TOKEN=load-control
unset ALIBABA_CLOUD_SECURITY_TOKEN
state=$(mktemp)
python3 -c "import json; print(json.dumps({'images': [{'imageId': f'm-{i:03}', 'regionId': 'cn-hangzhou'} for i in range(30)]}))" >"$state"
out=$(mktemp)
.build/release/ecs-emulator --port 0 --state "$state" >"$out" &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -f "$state" "$out"' EXIT
until [ -s "$out" ]; do sleep 0.1; done
endpoint=$(sed -n 's/^listening on //p' "$out")
echo "emulator at $endpoint (pid $emulator); $requests requests per Swift run, $python_requests per Python run"
printf '| client | tasks | requests | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|\n'
row() {
  python3 -c "import json,sys; r=json.loads(sys.argv[2]); print(f\"| {sys.argv[1]} | {int(r['tasks'])} | {int(r['requests'])} | {r['rps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {int(r['errors'])} |\")" "$1" "$2"
}
"$load" "$endpoint" 4 200 >/dev/null   # warm-up: connections and caches
for tasks in 1 16 64; do
  row "Swift (generated)" "$("$load" "$endpoint" "$tasks" "$requests")"
  row "Python (official SDK)" "$("$venv/bin/python" Benchmarks/EmulatorLoad/python_load.py "$endpoint" "$tasks" "$python_requests")"
done
curl -s -H "Authorization: Bearer $ECS_EMULATOR_CONTROL_TOKEN" "$endpoint/_emulator/requests" | python3 -c "import json,sys; e=json.load(sys.stdin); print(f'emulator journal: {len(e)} calls, {sum(1 for x in e if x.get(\"status\") != 200)} not 200')"
