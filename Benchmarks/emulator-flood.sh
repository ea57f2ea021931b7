#!/usr/bin/env bash
# Floods the ECS emulator (100k unsigned calls with fresh 2 KB nonces, then 100k badly signed calls) and
# prints its resident memory before, during and after: it must level off (Benchmarks/README.md has the
# figures). Usage: Benchmarks/emulator-flood.sh [REQUESTS-PER-PHASE] [debug|release]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-100000}
configuration=${2:-release}
swift build -c "$configuration" --product ecs-emulator >/dev/null
python3 Benchmarks/EmulatorFlood/flood.py "$(swift build -c "$configuration" --show-bin-path)/ecs-emulator" "$requests"
