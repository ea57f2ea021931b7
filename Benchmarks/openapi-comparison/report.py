#!/usr/bin/env python3
"""Turn compare.sh's measurements (one JSON object a line) into a table and a JSON file.

    report.py results.jsonl [--out results.json] [--note TEXT]
"""

import argparse
import datetime
import json
import statistics
import sys

TOOLS = ("aliyun-codegen", "swift-openapi-generator")


def parse_runs(text):
    """'seconds KiB status;' lines -> [(seconds, KiB, status)]."""
    runs = []
    for part in (text or "").split(";"):
        fields = part.split()
        if len(fields) == 3:
            try:
                runs.append((float(fields[0]), int(fields[1]), int(fields[2])))
            except ValueError:
                pass
    return runs


def parse_measure(text):
    fields = (text or "").split()
    try:
        return float(fields[0]), int(fields[1])
    except (IndexError, ValueError):
        return None, None


def ratio(a, b):
    return round(a / b, 3) if a is not None and b else None


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--out")
    parser.add_argument("--note", default="")
    args = parser.parse_args(argv)
    lines = [json.loads(line) for line in open(args.results, encoding="utf-8") if line.strip()]

    rows = {}
    builds = {}
    null_builds = {}
    for entry in lines:
        kind, tool = entry.get("kind"), entry.get("tool")
        if kind == "build":
            builds[tool] = entry.get("error")
        elif kind == "nullbuild":
            null_builds[tool] = parse_measure(entry.get("measure"))[0]
        elif kind == "gen":
            scale = int(entry["scale"])
            row = rows.setdefault((tool, scale), {"tool": tool, "scale": scale})
            runs = parse_runs(entry.get("runs"))
            good = [r for r in runs if r[2] == 0]
            row["operations"] = int(entry["operations"])
            row["gen_runs_seconds"] = [r[0] for r in runs]
            row["gen_runs_peak_kib"] = [r[1] for r in runs]
            row["gen_seconds"] = statistics.median([r[0] for r in good]) if good else None
            row["gen_peak_mib"] = round(statistics.median([r[1] for r in good]) / 1024, 1) if good else None
            row["gen_error"] = entry.get("error") or (None if good else "no successful run")
            for key in ("lines", "bytes", "files", "warnings", "unsupported"):
                if entry.get(key, "") != "":
                    row["output_" + key if key in ("lines", "bytes", "files") else key] = int(entry[key])
        elif kind == "compile":
            if entry.get("scale") == "all":
                for (t, _), row in rows.items():
                    if t == tool:
                        row["compile_error"] = entry.get("error")
                continue
            scale = int(entry["scale"])
            row = rows.setdefault((tool, scale), {"tool": tool, "scale": scale})
            seconds, kib = parse_measure(entry.get("measure"))
            ok = entry.get("status") == "0"
            row["compile_seconds"] = seconds if ok else None
            row["compile_seconds_until_stopped"] = None if ok else seconds
            row["compile_peak_process_mib"] = round(kib / 1024, 1) if kib else None
            tree = entry.get("tree_peak_mib")
            row["compile_peak_tree_mib"] = int(tree) if tree and tree.isdigit() else None
            row["compile_stopped_for"] = {"124": "time", "125": "memory"}.get(entry.get("status"))
            for key in ("source_files", "compiled_files"):
                if (entry.get(key) or "").isdigit():
                    row["compile_" + key] = int(entry[key])
            others = entry.get("other_steps_compiled")
            row["compile_other_steps"] = int(others) if others and others.isdigit() else None
            row["compile_error"] = entry.get("error") or None
            row["compiler_warnings"] = int(entry.get("compiler_warnings") or 0)
    for tool, row in [(k[0], v) for k, v in rows.items()]:
        ops = row.get("operations")
        if row.get("compile_seconds") is not None and null_builds.get(tool) is not None:
            # Less what `swift build` costs with nothing to compile in the same package.
            row["compile_seconds_net"] = round(row["compile_seconds"] - null_builds[tool], 2)
        if ops and row.get("compile_seconds") is not None:
            row["compile_ms_per_operation"] = round(1000 * row["compile_seconds"] / ops, 1)
        if ops and row.get("gen_seconds") is not None:
            row["gen_ms_per_operation"] = round(1000 * row["gen_seconds"] / ops, 2)

    scales = sorted({scale for _, scale in rows})
    ratios = []
    for scale in scales:
        ours, theirs = rows.get(("aliyun-codegen", scale), {}), rows.get(("swift-openapi-generator", scale), {})
        ratios.append({
            "scale": scale,
            "gen_time": ratio(ours.get("gen_seconds"), theirs.get("gen_seconds")),
            "gen_peak_memory": ratio(ours.get("gen_peak_mib"), theirs.get("gen_peak_mib")),
            "compile_time": ratio(ours.get("compile_seconds"), theirs.get("compile_seconds")),
            "compile_time_per_operation": ratio(ours.get("compile_ms_per_operation"),
                                                theirs.get("compile_ms_per_operation")),
            "compile_time_net": ratio(ours.get("compile_seconds_net"), theirs.get("compile_seconds_net")),
            "output_lines": ratio(ours.get("output_lines"), theirs.get("output_lines")),
        })
    growth = []
    if len(scales) >= 2:
        low, high = scales[0], scales[-1]
        for tool in TOOLS:
            a, b = rows.get((tool, low), {}), rows.get((tool, high), {})
            growth.append({
                "tool": tool, "from": low, "to": high,
                "operations": ratio(b.get("operations"), a.get("operations")),
                "gen_time": ratio(b.get("gen_seconds"), a.get("gen_seconds")),
                "gen_peak_memory": ratio(b.get("gen_peak_mib"), a.get("gen_peak_mib")),
                "output_lines": ratio(b.get("output_lines"), a.get("output_lines")),
                "compile_time": ratio(b.get("compile_seconds"), a.get("compile_seconds")),
                "compile_time_net": ratio(b.get("compile_seconds_net"), a.get("compile_seconds_net")),
            })

    def show(value, digits=2):
        if value is None:
            return "-"
        return f"{value:.{digits}f}" if isinstance(value, float) else str(value)

    header = ["tool", "corpus", "operations", "gen s", "gen peak MiB", "output lines",
              "compile s", "net s", "compile ms/op", "compile peak MiB"]
    # compile peak MiB: the largest single process (GNU time's %M) / the whole tree (sampled).
    table = [header]
    for scale in scales:
        for tool in TOOLS:
            row = rows.get((tool, scale))
            if not row:
                continue
            compile_text = show(row.get("compile_seconds"), 1)
            if row.get("compile_seconds") is None and row.get("compile_stopped_for"):
                compile_text = f">{row['compile_seconds_until_stopped']:.0f} (stopped: {row['compile_stopped_for']})"
            elif row.get("compile_seconds") is None and row.get("compile_error"):
                compile_text = "failed"
            peak = "-"
            if row.get("compile_peak_process_mib") is not None:
                peak = f"{row['compile_peak_process_mib']:.0f} / {show(row.get('compile_peak_tree_mib'))}"
            table.append([
                tool, f"x{scale}", show(row.get("operations")),
                show(row.get("gen_seconds")) if not row.get("gen_error") else "failed",
                show(row.get("gen_peak_mib"), 1), show(row.get("output_lines")),
                compile_text, show(row.get("compile_seconds_net"), 1),
                show(row.get("compile_ms_per_operation"), 1), peak,
            ])
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print()
    for index, r in enumerate(table):
        print("  ".join(cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i]) for i, cell in enumerate(r)))
        if index == 0:
            print("  ".join("-" * w for w in widths))
    print("(compile peak MiB: the largest single process / the whole process tree, sampled)")
    print()
    print("ours / openapi:")
    for r in ratios:
        print(f"  x{r['scale']}: gen time {show(r['gen_time'])}, gen peak memory {show(r['gen_peak_memory'])}, "
              f"compile time {show(r['compile_time'])} (net {show(r['compile_time_net'])}), per operation {show(r['compile_time_per_operation'])}, "
              f"output lines {show(r['output_lines'])}")
    if growth:
        print(f"growth x{scales[0]} -> x{scales[-1]} (linear = the operations' factor):")
        for g in growth:
            print(f"  {g['tool']}: operations x{show(g['operations'])}, gen time x{show(g['gen_time'])}, "
                  f"gen peak memory x{show(g['gen_peak_memory'])}, output lines x{show(g['output_lines'])}, "
                  f"compile time x{show(g['compile_time'])} (net x{show(g['compile_time_net'])})")
    for tool, seconds in null_builds.items():
        print(f"`swift build` with nothing to compile, {tool}'s package: {show(seconds)} s (included in compile s; net s = compile s less it)")
    for (tool, scale), row in sorted(rows.items()):
        for key in ("gen_error", "compile_error"):
            if row.get(key):
                print(f"{tool} x{scale} {key.split('_')[0]}: {row[key]}")
        if row.get("compile_other_steps"):
            print(f"{tool} x{scale}: {row['compile_other_steps']} other compile steps ran in the timed build")
        if row.get("unsupported"):
            print(f"{tool} x{scale}: {row['unsupported']} 'unsupported' diagnostics")
    for tool, error in builds.items():
        print(f"{tool} build failed: {error}")
    if args.note:
        print(args.note)

    if args.out:
        document = {
            "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "note": args.note,
            "rows": [rows[k] for k in sorted(rows, key=lambda k: (k[1], k[0]))],
            "ratios_ours_over_openapi": ratios,
            "growth": growth,
            "null_build_seconds": null_builds,
            "build_errors": builds,
        }
        with open(args.out, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
        print(f"results written to {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
