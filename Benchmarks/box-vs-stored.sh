#!/usr/bin/env bash
# Issue 30, a lever measured and closed: would storing a model's members in one copy-on-write box (so the struct is a
# single reference and shares the runtime's value witnesses) compile faster than stored properties? 400 synthetic
# public structs of 12 members each way, compiled by swiftc in debug (-Onone -g, batch mode, 2 jobs), CPU-s printed.
set -euo pipefail
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for variant in stored box stored box; do
  rm -rf "${work:?}/$variant"
  python3 "$(dirname "$0")/lib/synthetic_structs.py" "$variant" 400 "$work/$variant"
  (cd "$work/$variant" && /usr/bin/time -f "$variant %U+%S CPU-s, %M KiB" swiftc -swift-version 6 -module-name M \
    -parse-as-library -Onone -g -c -enable-batch-mode -j 2 ./*.swift 2>&1 | tail -n 1)
done
