#!/usr/bin/env bash
# The README's quick start, run as a newcomer runs it, offline: the metadata service is a mirror of the 2024 corpus
# (the 2025-12 snapshot lacks answers' schemas, which the real service has)
# on loopback (Scripts/quick-start/metadata_mirror.py, named by ALIYUN_METADATA_URL), and the SMS is sent to a
# loopback gateway that checks its ACS3 signature with the official Python SDK's own code
# (Scripts/quick-start/sms_gateway.py). The three commands are the README's, word for word; the SDK package and the
# app build in .build-generated, the build directory CI shares between generated packages: they ask for the
# runtime without its traits (`traits: []`), and building them in this package's .build (all traits on) would
# make every later build there start over.
# Usage: Scripts/quick-start.sh   (needs .venv-official-sdk, which .ci/run creates)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/.build-quick-start
python=$root/.venv-official-sdk/bin/python
rm -rf "$work"
mkdir -p "$work"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

first_line() {  # waits for a server's URL, the first line it prints
  for _ in $(seq 1 100); do
    if [ -s "$1" ]; then head -n 1 "$1"; return; fi
    sleep 0.1
  done
  echo "error: $1 stayed empty" >&2
  exit 1
}

python3 Scripts/quick-start/metadata_mirror.py ../shared/corpus/alibaba-cloud >"$work/mirror.url" &
pids+=($!)
export ALIYUN_METADATA_URL=$(first_line "$work/mirror.url")
swift build --product aliyun-codegen 2>&1 | grep -v "swift-distributed-tracing" | tail -n 1
cd "$work"

echo "== 1. fetch ECS and Dysmsapi's specs (and lock them)"
swift run --package-path "$root" aliyun-codegen fetch ecs dysmsapi@2017-05-25
echo "== 2. generate the SDK package"
swift run --package-path "$root" aliyun-codegen generate-package --corpus spec --output MySDK --runtime-path "$root" --quiet
echo "== 3. build it"
start=$(date +%s)
swift build --package-path MySDK --scratch-path "$root/.build-generated" 2>&1 | grep -v "swift-distributed-tracing" | tail -n 2
echo "build time: $(( $(date +%s) - start )) s"

echo "== an app on MySDK sends an SMS to the loopback gateway, which verifies it with the official SDK's signer"
cp -R "$root/Scripts/quick-start/SendSms" "$work/SendSms"
"$python" "$root/Scripts/quick-start/sms_gateway.py" LTAI-quick-start quick-start-secret "$work/sms.log" >"$work/gateway.url" &
pids+=($!)
endpoint=$(first_line "$work/gateway.url")
output=$(ALIYUN_ENDPOINT=$endpoint ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-quick-start \
  ALIBABA_CLOUD_ACCESS_KEY_SECRET=quick-start-secret \
  swift run --package-path SendSms --scratch-path "$root/.build-generated" send-sms 2>&1 | grep -v "swift-distributed-tracing" \
  || true)
echo "$output" | tail -n 1
echo "$output" | grep -qxF 'SendSms: OK 900619746936498440^0' || { echo "error: the SMS was not sent: $output" >&2; exit 1; }
grep -q '"PhoneNumbers": "13800000000"' "$work/sms.log" || { echo "error: the gateway logged no SendSms" >&2; exit 1; }
test -s "$work/aliyun-specs.lock"
echo "== the quick start works: fetched, locked, generated, built, and an SMS sent and verified"
