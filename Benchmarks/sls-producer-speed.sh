#!/usr/bin/env bash
# Log shipping speed: logs per second and CPU per 1,000 logs of the Swift producer (through swift-log and
# SLSLogHandler, and SLSProducer.send directly) and of the official Python SDK's producer (logging with
# aliyun-log-python-sdk's QueuedLogHandler), in the same run, each sending to the same loopback Log Service
# (Benchmarks/SLSProducerSpeed/sink.py, which decompresses and reads every log group and counts its logs). A run
# counts only when every log arrived. Both sides use their defaults but for a queue large enough to hold every
# log (neither drops nor blocks) and LZ4.
# Usage: Benchmarks/sls-producer-speed.sh [LOGS] [RUNS]   (release build; creates .venv-official-sdk if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
logs=${1:-200000}
runs=${2:-3}
venv=.venv-official-sdk
[ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet -r Scripts/official-sdk-vectors/requirements.txt; }
swift build -c release --package-path Benchmarks/SLSProducerSpeed --scratch-path .build-bench-sls >/dev/null
bin=.build-bench-sls/release/sls-producer-speed

out=$(mktemp)
"$venv/bin/python" Benchmarks/SLSProducerSpeed/sink.py >"$out" &
sink=$!
trap 'kill $sink 2>/dev/null; rm -f "$out"' EXIT
until [ -s "$out" ]; do sleep 0.1; done
endpoint=$(sed -n 's/^listening on //p' "$out")
echo "sink at $endpoint; $logs logs a run, $runs runs; $(nproc) cores, $(date -u +%F)"
printf '| client | logs | arrived | wall s | logs/s | CPU s | CPU ms / 1,000 logs | raw bytes / log | batches |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
row() { # NAME CLIENT-JSON SINK-JSON
  python3 - "$@" <<'PY'
import json, sys
name, client, sink = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
logs = int(client["logs"])
ok = "" if sink["logs"] == logs and sink["bad"] == 0 else " (INCOMPLETE)"
print(f"| {name} | {logs:,} | {sink['logs']:,}{ok} | {client['wall_s']:.2f} | {client['logs_per_s']:,.0f} "
      f"| {client['cpu_s']:.2f} | {client['cpu_ms_per_1000']:.1f} | {sink['raw_bytes'] / max(sink['logs'], 1):.0f} "
      f"| {sink['requests']} |")
if ok:
    sys.exit(1)
PY
}
stats() { curl -s "$endpoint/_stats"; }
stats >/dev/null
for _ in $(seq "$runs"); do
  row "Swift, swift-log + SLSLogHandler" "$("$bin" "$endpoint" "$logs" handler lz4)" "$(stats)"
  row "Swift, SLSProducer.send" "$("$bin" "$endpoint" "$logs" producer lz4)" "$(stats)"
  row "Python, logging + QueuedLogHandler (official)" \
    "$("$venv/bin/python" Benchmarks/SLSProducerSpeed/python_producer.py "$endpoint" "$logs")" "$(stats)"
done
