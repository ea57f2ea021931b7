#!/usr/bin/env bash
# 1 GiB up and down through the OSS emulator on loopback (issue 31): aliyun-oss (OSSUploader, OSSDownloader; release
# build) against the official Python SDK's uploader and downloader (alibabacloud-oss-v2, same part size and
# parallelism), run in turn against one emulator. Reports wall time, throughput and the client's peak RSS
# (/usr/bin/time -v), and checks the bytes that came back. The emulator shares the machine's cores with the client.
# Usage: Benchmarks/oss-transfer.sh [SIZE_MIB]   (default 1024; needs the OSS vectors' virtual environment:
#        python3 -m venv .venv-official-oss && .venv-official-oss/bin/pip install -r Scripts/official-oss-vectors/requirements.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib="${1:-1024}"
python=.venv-official-oss/bin/python
[ -x "$python" ] || { echo "the OSS vectors' virtual environment is needed (see the usage)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
swift build -c release --product aliyun-oss >&2
swift build -c release --product oss-emulator >&2
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
emulator_pid=""
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
head -c "$((size_mib << 20))" /dev/urandom >"$work/big.bin"
export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-bench ALIBABA_CLOUD_ACCESS_KEY_SECRET=bench-secret
"$bin/oss-emulator" --bucket bench --max-object-bytes $((64 << 20)) --max-total-bytes $(((size_mib * 3 + 64) << 20)) \
  >"$work/emulator.out" 2>&1 &
emulator_pid=$!
for _ in $(seq 50); do grep -q "listening on" "$work/emulator.out" 2>/dev/null && break; sleep 0.1; done
url="$(sed -n 's/^listening on //p' "$work/emulator.out")"
part=$((8 << 20))
measure() { # label command…
  local label="$1"
  shift
  /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  python3 - "$work/time" "$label" "$size_mib" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(wall)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
mib = int(sys.argv[3])
print(f"{sys.argv[2]}\t{seconds:.1f} s\t{mib / seconds:.0f} MiB/s\t{int(field('Maximum resident set size (kbytes)')) // 1024} MiB peak\t{cpu:.1f} CPU-s")
PY
}
cli=("$bin/aliyun-oss" --region cn-hangzhou --endpoint "$url" --path-style)
printf 'client\twall\tthroughput\tclient peak RSS\tclient CPU\n'
measure "aliyun-oss upload" "${cli[0]}" cp "$work/big.bin" oss://bench/swift.bin --part-size "$part" --parallel 4 "${cli[@]:1}"
measure "aliyun-oss download" "${cli[0]}" cp oss://bench/swift.bin "$work/swift.out" --part-size "$part" --parallel 4 "${cli[@]:1}"
cmp "$work/big.bin" "$work/swift.out"
cat >"$work/python.py" <<'PY'
import os, sys
import alibabacloud_oss_v2 as oss
mode, url, path, key = sys.argv[1:5]
config = oss.config.load_default()
config.credentials_provider = oss.credentials.StaticCredentialsProvider(
    os.environ["ALIBABA_CLOUD_ACCESS_KEY_ID"], os.environ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"])
config.region, config.endpoint, config.use_path_style = "cn-hangzhou", url, True
client = oss.Client(config)
if mode == "up":
    client.uploader(part_size=8 << 20, parallel_num=4).upload_file(oss.PutObjectRequest(bucket="bench", key=key), path)
else:
    client.downloader(part_size=8 << 20, parallel_num=4).download_file(oss.GetObjectRequest(bucket="bench", key=key), path)
PY
measure "alibabacloud-oss-v2 upload" "$python" "$work/python.py" up "$url" "$work/big.bin" python.bin
measure "alibabacloud-oss-v2 download" "$python" "$work/python.py" down "$url" "$work/python.out" python.bin
cmp "$work/big.bin" "$work/python.out"
echo "bytes checked: both downloads equal the file uploaded"
