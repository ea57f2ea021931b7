#!/usr/bin/env bash
# Builds the readers' libFuzzer harnesses (Fuzz/Sources) and runs each for RUNS executions (default
# 1,000,000) or SECONDS seconds, whichever ends first, growing a corpus under .build-fuzz-corpus/.
# With --asan, builds with AddressSanitizer and LeakSanitizer and checks leaks (about 20× slower).
# `bash Fuzz/run.sh --merge` minimises the grown corpora into Tests/SpecReadersTests/Fixtures/fuzz-corpus/,
# which ReaderFuzzCorpusTests replays on every `swift test`.
# Usage: Fuzz/run.sh [--asan] [--merge] [RUNS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=fuzzer scratch=.build-fuzz-plain merge=no
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --asan) sanitizers=fuzzer,address scratch=.build-fuzz ;;
    --merge) merge=yes ;;
  esac
  shift
done
runs=${1:-1000000}
seconds=${2:-3600}
swift build -c release --package-path Fuzz --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizers" -Xswiftc -use-ld=lld
corpus=.build-fuzz-corpus
fixtures=Tests/SpecReadersTests/Fixtures/fuzz-corpus
for harness in html apidocs prose; do
  mkdir -p "$corpus/$harness"
  seeds=$(mktemp -d)
  case "$harness" in
    html) cp spec/ecs/2014-05-26/*.html "$seeds/" ;;
    apidocs) cp spec/ecs/2014-05-26/*.json "$seeds/" ;;
    prose) python3 -c "
import json, sys
d = json.load(open('spec/ecs/2014-05-26/api-docs.json'))
for i, p in enumerate(d['apis']['ModifyImageAttribute']['parameters']):
    open(f'$seeds/{i}.txt', 'w').write(p.get('schema', {}).get('description', ''))" ;;
  esac
  [ -d "$fixtures/$harness" ] && cp "$fixtures/$harness"/* "$seeds/" 2>/dev/null || true
  echo "== fuzz-$harness: $runs runs or $seconds s"
  "$scratch/release/fuzz-$harness" -runs="$runs" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
    -rss_limit_mb=2048 -detect_leaks=1 "$corpus/$harness" "$seeds" 2>&1 | grep -E "^Done|ERROR|SUMMARY|leak" || true
  rm -rf "$seeds"
  if [ "$merge" = yes ]; then
    mkdir -p "$fixtures/$harness"
    "$scratch/release/fuzz-$harness" -merge=1 -max_len=8192 "$fixtures/$harness" "$corpus/$harness" 2>&1 | tail -n 1
  fi
done
