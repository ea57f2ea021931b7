#!/usr/bin/env python3
"""Prints SwiftPM's compile arguments for one module of a debug build, one per line, rewritten to compile the
sources listed in WORK/sources and write the module into WORK (the objects go to the current directory).
Usage: module-compile-args.py MANIFEST WORK [MODULE]   (MANIFEST: .build/debug.yaml; MODULE: AliyunECSComplete)"""
import json, re, sys
manifest, work = sys.argv[1:3]
module = sys.argv[3] if len(sys.argv) > 3 else "AliyunECSComplete"
text = open(manifest).read()
m = re.search(r'"C\.' + re.escape(module) + r'-[^"]*\.module":\n(?:    .*\n)*?    args: (\[.*\])', text)
if not m:
    sys.exit("no compile command for " + module + " in " + manifest)
args = json.loads(m.group(1))
alone = {"-incremental", "-emit-dependencies", "-v", "-parseable-output", "-serialize-diagnostics", "-emit-objc-header"}
with_value = {"-output-file-map", "-index-store-path", "-emit-objc-header-path", "-emit-module-path"}
out, i = [], 0
while i < len(args):
    if args[i] in alone:
        i += 1
    elif args[i] in with_value:
        i += 2
    else:
        out.append("@" + work + "/sources" if args[i].startswith("@") else args[i])
        i += 1
print("\n".join(out + ["-emit-module-path", work + "/" + module + ".swiftmodule"]))
