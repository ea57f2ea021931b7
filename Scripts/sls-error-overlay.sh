#!/usr/bin/env bash
# Log Service's documented errors into its overlay (spec/overlays/sls/2020-12-30.json). The 2025-12 metadata the SDK is
# generated from has no errors at all; the 2024 snapshot of the same API documents each operation's errors as a table
# on its documentation page (its extraInfo), which the api-docs reader reads (`dump-ir` shows them). This writes each
# such operation's rows as that operation's errorCodes in the overlay, citing its page, and keeps every other entry of
# the overlay (PullLogs's corrections, the common errors under "*") as it is. Run it again after either input changes;
# the output is the same bytes for the same inputs.
# Usage: Scripts/sls-error-overlay.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product aliyun-codegen >/dev/null
ir=$(mktemp)
trap 'rm -f "$ir"' EXIT
.build/debug/aliyun-codegen dump-ir ../shared/corpus/alibaba-cloud/sls/2020-12-30/api-docs.json --quiet >"$ir"
python3 - "$ir" spec/sls/2020-12-30/api-docs.json spec/overlays/sls/2020-12-30.json <<'PY'
import json, os, sys

ir_path, spec_path, overlay_path = sys.argv[1:]
service = json.load(open(ir_path))
current = set(json.load(open(spec_path))["apis"])
overlay = json.load(open(overlay_path))
apis = overlay.setdefault("apis", {})
for operation in service["operations"]:
    name = operation["name"]
    if name not in current or not operation.get("errors"):
        continue
    groups = {}
    for error in operation["errors"]:
        if error.get("httpStatus") is None:
            continue
        row = {"errorCode": error["code"], "errorMessage": error["message"]}
        if error.get("description"):
            row["description"] = error["description"]
        groups.setdefault(str(error["httpStatus"]), []).append(row)
    entry = apis.setdefault(name, {})
    entry.setdefault("x-source", f"https://help.aliyun.com/zh/sls/developer-reference/api-sls-2020-12-30-{name.lower()}")
    entry["errorCodes"] = {status: groups[status] for status in sorted(groups)}
overlay["apis"] = {name: apis[name] for name in sorted(apis, key=lambda n: (n != "*", n))}
text = json.dumps(overlay, ensure_ascii=False, indent=2) + "\n"
temporary = overlay_path + ".tmp"
open(temporary, "w").write(text)
os.replace(temporary, overlay_path)
print(f"{overlay_path}: {sum(1 for e in apis.values() if 'errorCodes' in e)} entries with errors")
PY
