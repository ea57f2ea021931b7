#!/usr/bin/env python3
"""Copies some operations of an api-docs JSON file into a smaller api-docs file.

    python3 Scripts/extract-operations.py SOURCE OUTPUT OPERATION[:PARAMETER,...] [OPERATION ...]

Keeps `version`, `info`, `components` and `endpoints` as they are, the named operations of `apis` in the
source's order, and the `directories` that list them (pruned to those operations). `OPERATION:A,B` keeps
only the parameters named A and B of that operation (every entry of each, verbatim), for a fixture about
a few parameters. Fails when an operation or a parameter is not in the source. The output is
deterministic: same inputs, same bytes.
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
    source, output = arguments[0], arguments[1]
    selections = [argument.partition(":") for argument in arguments[2:]]
    operations = [name for name, _, _ in selections]
    with open(source, encoding="utf-8") as file:
        document = json.load(file)
    apis = document.get("apis", {})
    missing = [name for name in operations if name not in apis]
    if missing:
        sys.exit(f"{source}: error: no operation named {', '.join(missing)}")
    for name, _, parameters in selections:
        if not parameters:
            continue
        wanted = parameters.split(",")
        present = {parameter.get("name") for parameter in apis[name].get("parameters", [])}
        absent = [parameter for parameter in wanted if parameter not in present]
        if absent:
            sys.exit(f"{source}: error: {name} has no parameter named {', '.join(absent)}")
        apis[name] = {
            **apis[name],
            "parameters": [p for p in apis[name]["parameters"] if p.get("name") in wanted],
        }
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
