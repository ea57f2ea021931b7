#!/usr/bin/env python3
"""Copies some operations of an api-docs JSON file into a smaller api-docs file.

    python3 Scripts/extract-operations.py SOURCE OUTPUT OPERATION [OPERATION ...]

Keeps `version`, `info`, `components` and `endpoints` as they are, the named operations of `apis` in the
source's order, and the `directories` that list them (pruned to those operations). Fails when an
operation is not in the source. The output is deterministic: same inputs, same bytes.
"""
import json
import sys


def prune(entries, keep):
    """The directory tree restricted to the kept operations; empty directories dropped."""
    kept = []
    for entry in entries:
        if isinstance(entry, str):
            if entry in keep:
                kept.append(entry)
        elif isinstance(entry, dict):
            children = prune(entry.get("children", []), keep)
            if children:
                kept.append({**entry, "children": children})
    return kept


def main(arguments):
    if len(arguments) < 3:
        sys.exit(__doc__.strip())
    source, output, operations = arguments[0], arguments[1], arguments[2:]
    with open(source, encoding="utf-8") as file:
        document = json.load(file)
    apis = document.get("apis", {})
    missing = [name for name in operations if name not in apis]
    if missing:
        sys.exit(f"{source}: error: no operation named {', '.join(missing)}")
    keep = set(operations)
    result = {}
    for key, value in document.items():
        if key == "apis":
            result[key] = {name: body for name, body in apis.items() if name in keep}
        elif key == "directories":
            result[key] = prune(value, keep)
        else:
            result[key] = value
    with open(output, "w", encoding="utf-8") as file:
        json.dump(result, file, ensure_ascii=False, indent=2)
        file.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
