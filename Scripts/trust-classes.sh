#!/usr/bin/env bash
# Counts the constraints of every api-docs file of the corpus by trust class (checked and stable, checked
# and may go stale, documentation only), with the release build of aliyun-codegen:
#   swift build -c release --product aliyun-codegen --scratch-path .build-release && bash Scripts/trust-classes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build-release/release/aliyun-codegen
total_stable=0; total_volatile=0; total_doc=0; total_stricter=0; total_reconciled=0; files=0
while IFS= read -r spec; do
  line=$("$bin" constraints "$spec" --show none 2>/dev/null | grep '^rules: ' || true)
  [ -n "$line" ] || continue
  files=$((files+1))
  read -r stable volatile reconciled doc stricter < <(echo "$line" | sed -E 's/rules: [0-9]+ constraints: ([0-9]+) checked and stable, ([0-9]+) checked and may go stale \(([0-9]+) of them widened from disagreeing sources\), ([0-9]+) documentation only \(([0-9]+) of them.*/\1 \2 \3 \4 \5/')
  total_stable=$((total_stable+stable)); total_volatile=$((total_volatile+volatile)); total_reconciled=$((total_reconciled+reconciled)); total_doc=$((total_doc+doc)); total_stricter=$((total_stricter+stricter))
done < <(find ../shared/corpus/alibaba-cloud -name '*.json' | sort)
echo "files=$files stable=$total_stable volatile=$total_volatile (reconciled=$total_reconciled) documentation-only=$total_doc (stricter-of-disagreement=$total_stricter)"
