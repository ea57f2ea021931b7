#!/usr/bin/env bash
# Where the debug compile time of the whole generated ECS library (AliyunECSComplete, 347 operations) goes, per
# generated construct (issue 30). Four measurements, printed as one report:
#   1. the ordinary build: `swift build --target AliyunECSComplete` after touching its sources, under
#      /usr/bin/time -v (wall, CPU, peak RSS of the largest compiler process);
#   2. the same module compiled again by swiftc with SwiftPM's own arguments (read from .build/debug.yaml) plus
#      -Xfrontend -debug-time-function-bodies (type-check time of every function body, synthesized ones
#      included) and -stats-output-dir (per-job counters and phase timers), into .build/construct-costs/;
#   3. the machine code of every symbol of its objects (nm sizes, names demangled), the proxy for the
#      SILGen + IRGen + LLVM work per construct;
#   4. ablations on a sample of 40 operations: the sample compiled as is and with one construct removed
#      (text edits of copies; the generator and .build-whole-ecs are not touched), CPU seconds each.
# Every function, symbol and line is attributed to a construct by where it sits in the generated text (the
# enclosing type, extension and member) or, for synthesized code, by its name. The table goes to stdout and
# to .build/construct-costs/report.md.
#
# Running time on 2 cores, dependencies built: about 7 minutes (1.5–3 for each whole-module compile, 3 for the
# ablations). From a fresh clone add the dependencies' build (5–10 minutes) and the generation (~1 minute).
# Usage: Benchmarks/construct-costs.sh [CORPUS-FILE]
#   REGENERATE=1   generate .build-whole-ecs again even if it exists
#   ABLATE=0       skip the ablations; PLAIN=0 skip the ordinary timed build
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/ecs-2014-05-26.api-docs.json}"
out=.build-whole-ecs
src="$PWD/$out/AliyunECSComplete"
work="$PWD/.build/construct-costs"
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

if [ "${REGENERATE:-0}" = 1 ] || [ ! -f "$src/ECSClient.swift" ]; then
  echo "== generating the whole ECS API from $corpus (as Scripts/whole-ecs.sh does)" >&2
  swift build --product aliyun-codegen >&2
  "$(swift build --show-bin-path)/aliyun-codegen" generate --spec "$corpus" --output "$out/AliyunECSComplete" \
    --module AliyunECSComplete --command-output "$out/ECSCompleteCommand" --command-name aliyun-ecs-complete \
    --server-output "$out/AliyunECSCompleteServer" --quiet
fi
rm -rf "$work"
mkdir -p "$work/stats" "$work/obj"

echo "== building the dependencies" >&2
ALIYUN_WHOLE_ECS=1 swift build --target AliyunRuntime >&2

if [ "${PLAIN:-1}" = 1 ]; then
  echo "== 1. the ordinary debug build of the library alone" >&2
  # Its objects are deleted, not only its sources touched: the frontend skips LLVM for an object whose IR hash
  # matches the one already on disk, so a build over old objects costs about a third less than a clean one.
  rm -f "$(ALIYUN_WHOLE_ECS=1 swift build --show-bin-path)"/AliyunECSComplete.build/*.o
  find "$src" -name '*.swift' -exec touch {} +
  /usr/bin/time -v -o "$work/plain-time.txt" env ALIYUN_WHOLE_ECS=1 swift build --target AliyunECSComplete >&2
fi

# SwiftPM's arguments for the module, rewritten to write into $work instead of .build.
manifest=.build/debug.yaml
if ! grep -q '"C\.AliyunECSComplete-' "$manifest" 2>/dev/null; then
  ALIYUN_WHOLE_ECS=1 swift build --target AliyunECSComplete >&2
fi
find "$src" -name '*.swift' | sort >"$work/sources"
python3 Benchmarks/lib/module-compile-args.py "$manifest" "$work" >"$work/args"
mapfile -t args <"$work/args"

echo "== 2. the module again, with -debug-time-function-bodies and -stats-output-dir" >&2
(cd "$work/obj" && /usr/bin/time -v -o "$work/time.txt" "${args[@]}" -Xfrontend -debug-time-function-bodies \
  -stats-output-dir "$work/stats" >"$work/frontend.out" 2>"$work/frontend.err")
grep -h -E '^[0-9.]+ms' "$work/frontend.out" "$work/frontend.err" >"$work/frontend.log" || true

if [ "${ABLATE:-1}" = 1 ]; then
  echo "== 4. ablations on 40 operations" >&2
  python3 - "$src" "$work/ablate" <<'EOF'
# Copies 40 evenly spaced operation files (and ECSClient.swift) once per variant, each with one construct removed.
import os, re, sys
src, dest = sys.argv[1:3]
ops = sorted(f for f in os.listdir(src) if f.endswith(".swift") and not f.startswith("ECSClient"))
sample = ops[::max(1, len(ops) // 40)][:40] + ["ECSClient.swift"]

sys.path.insert(0, os.path.join(os.getcwd(), "Benchmarks", "lib"))
from ablations import VARIANTS
for n, (name, edit) in enumerate(VARIANTS.items()):
    d = os.path.join(dest, str(n))
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "NAME"), "w").write(name)
    for f in sample:
        text = edit(f, open(os.path.join(src, f), encoding="utf-8").read())
        if text is not None:
            open(os.path.join(d, f), "w").write(text)
EOF
  for d in "$work"/ablate/*/; do
    find "$d" -name '*.swift' | sort >"$d/sources"
    mkdir -p "$d/obj"
    vargs=()
    for a in "${args[@]}"; do
      case "$a" in
        @*) vargs+=("@$d/sources") ;;
        "$work/AliyunECSComplete.swiftmodule") vargs+=("$d/obj/AliyunECSComplete.swiftmodule") ;;
        *) vargs+=("$a") ;;
      esac
    done
    # Twice each, the lower CPU time counts (the machine drifts); objects deleted before each run (see above).
    for run in 1 2; do
      rm -f "$d"/obj/*.o
      (cd "$d/obj" && /usr/bin/time -f "%U %S %e" -a -o "$d/cpu.txt" "${vargs[@]}" >"$d/log.txt" 2>&1) ||
        echo "failed to compile" >>"$d/cpu.txt"
    done
  done
fi

echo "== 3. attributing" >&2
python3 - "$src" "$work" <<'EOF' | tee "$work/report.md"
import collections, glob, json, os, re, subprocess, sys

src, work = sys.argv[1:3]
C = collections.OrderedDict((k, k) for k in [
    "stored properties (+ implicit accessors)", "memberwise initialisers", "CodingKeys enums",
    "JSON encoding, synthesized", "JSON decoding, synthesized", "JSON decoding, written (lenient)",
    "Hashable/Equatable, synthesized", "RPC query encoding", "RPC query decoding", "validate functions",
    "validation rule objects (enum Rules)", "schema tables (static let schema)", "rule tables (static let rules)",
    "open enums", "error types (Code, documentedRows)", "client methods",
    "pagination", "client core + operation table", "type layout (value witnesses, metadata)",
    "type declarations", "other", "doc comments"])

TYPE = re.compile(r"^(\s*)(?:(?:public|private|fileprivate|internal|final|indirect)\s+)*(struct|enum|extension|class|actor)\s+([A-Za-z0-9_.]+)(.*)$")
MEMBER = re.compile(r"^(\s*)(?:(?:public|private|fileprivate|internal|static|nonisolated|mutating|override)\s+)*(init|func|var|let)\b\s*([A-Za-z0-9_]*)(.*)$")
LENIENT = set()  # qualified names of the types with a written `init(from decoder: any Decoder)`


def construct(path, stack):
    """The construct a line belongs to, from the declarations enclosing it (outermost first)."""
    types = [e[2] for e in stack if e[0] == "type"]
    members = [e for e in stack if e[0] == "member"]
    member = members[-1] if members else None
    inner = types[-1] if types else ""
    if os.path.basename(path).startswith("ECSClient"):
        return "client core + operation table"
    if member and member[1] == "let" and member[3] in ("schema", "rules"):
        return "schema tables (static let schema)" if member[3] == "schema" else "rule tables (static let rules)"
    if re.search(r"\benum CodingKeys\b", inner):
        return "CodingKeys enums"
    if any(re.search(r"\benum Rules\b", t) for t in types):
        return "validation rule objects (enum Rules)"
    if ": OpenEnum" in inner:
        return "open enums"
    if any("DocumentedOperationError" in t for t in types):
        return "error types (Code, documentedRows)"
    if any(": RPCQueryCodable" in t for t in types):
        return "RPC query decoding" if member and member[1] == "init" else "RPC query encoding"
    if any(": ValidatableValue" in t for t in types):
        return "validate functions"
    if any(re.match(r"\s*extension ECSClient\b", t) for t in types):
        return "pagination" if member and re.search(r"(Pages|Items)$", member[3]) else "client methods"
    if "Codable" in inner or "SchemaModel" in inner:
        if member is None:
            return "type declarations"
        if member[1] == "init":
            return "JSON decoding, written (lenient)" if "from decoder" in member[2] else "memberwise initialisers"
        return "stored properties (+ implicit accessors)"
    return "type declarations" if member is None and types else "other"


def scan(path):
    """The construct of every line of a generated file (index 0 is line 1), by indentation."""
    labels, stack = [], []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        s = line.strip()
        if not s:
            labels.append(None)
            continue
        level = len(line) - len(line.lstrip(" "))
        closing = s[:1] in ")]}>"
        while stack and (stack[-1][1] > level or (stack[-1][1] == level and not closing)):
            stack.pop()
        if s.startswith("//"):
            labels.append("doc comments")
            continue
        entry = None
        m = TYPE.match(line)
        if m:
            entry = ("type", level, line, m.group(3))
        else:
            m = MEMBER.match(line)
            if m:
                entry = ("member", level, line, m.group(3))
        view = [(e[0], e[1] if e[0] == "type" else MEMBER.match(e[2]).group(2), e[2], e[3])
                for e in stack + ([entry] if entry else [])]
        labels.append(construct(path, view))
        if entry and entry[0] == "member" and "init(from decoder: any Decoder)" in line:
            LENIENT.add(".".join(e[3] for e in stack if e[0] == "type"))
        if entry:
            stack.append(entry)
    return labels


files = sorted(glob.glob(os.path.join(src, "*.swift")))
labels = {os.path.abspath(f): scan(f) for f in files}
lines = collections.Counter(l for ls in labels.values() for l in ls if l)
total_lines = sum(len(ls) for ls in labels.values())
text = "".join(open(f, encoding="utf-8").read() for f in files)
ops = len(re.findall(r"let report = try validation\.check", text))
models = len(re.findall(r"Sendable, Hashable, Codable", text))
tables = len(re.findall(r"static let schema = ModelSchema", text))
count = {
    "stored properties (+ implicit accessors)": (len(re.findall(r"(?m)^\s*public var \w+: [^{\n]*$", text)), "properties"),
    "memberwise initialisers": (len(re.findall(r"/// Creates the value", text)), "inits"),
    "CodingKeys enums": (len(re.findall(r"\benum CodingKeys\b", text)), "enums"),
    "JSON encoding, synthesized": (models, "types"),
    "JSON decoding, synthesized": (models - len(LENIENT), "types"),
    "JSON decoding, written (lenient)": (len(LENIENT), "types"),
    "Hashable/Equatable, synthesized": (models + len(re.findall(r"DocumentedOperationError \{", text)), "types"),
    "RPC query encoding": (len(re.findall(r": RPCQueryCodable \{", text)), "types"),
    "RPC query decoding": (len(re.findall(r": RPCQueryCodable \{", text)), "types"),
    "validate functions": (len(re.findall(r"func validate\(into", text)), "types"),
    "validation rule objects (enum Rules)": (len(re.findall(r"= DocumentedRule\(", text)), "rules"),
    "schema tables (static let schema)": (tables, "tables"),
    "rule tables (static let rules)": (len(re.findall(r"static let rules: \[MemberRules", text)), "tables"),
    "open enums": (len(re.findall(r": OpenEnum \{", text)), "enums"),
    "error types (Code, documentedRows)": (len(re.findall(r"DocumentedErrorRow\(", text)), "rows"),
    "client methods": (ops, "methods"),
    "pagination": (len(re.findall(r"func \w+(?:Pages|Items)\(", text)), "methods"),
}

# Type checking per function body; synthesized bodies have no location and are known by their names.
SYNTH = [(r"CodingKeys", "CodingKeys enums"),
         (r"\.init\(from:\)$", "JSON decoding, synthesized"),
         (r"\.encode\(to:\)$", "JSON encoding, synthesized"),
         (r"(==|hash\(into:\)|hashValue|__derived)", "Hashable/Equatable, synthesized")]
tc = collections.Counter()
for raw in open(os.path.join(work, "frontend.log"), encoding="utf-8", errors="replace"):
    m = re.match(r"^([0-9.]+)ms\t([^\t]*)\t(.*)$", raw.rstrip("\n"))
    if not m:
        continue
    seconds, loc, name = float(m.group(1)) / 1000, m.group(2), m.group(3).split("@")[0]
    c = None
    if loc.startswith("<invalid") or "CodingKeys" in name:
        c = next((c for p, c in SYNTH if re.search(p, name)), "other")
    else:
        path, line = loc.rsplit(":", 2)[0], int(loc.rsplit(":", 2)[1])
        ls = labels.get(os.path.abspath(path)) or []
        c = (ls[line - 1] if line <= len(ls) else None) or "other"
        if c == "type declarations":
            c = next((c for p, c in SYNTH if re.search(p, name)), c)
    tc[c] += seconds

# Machine code per symbol, attributed by the mangled name (private and nested names the demangler drops) and
# then by the demangled one.
MANGLED = [(r"5Rules", "validation rule objects (enum Rules)"),
           (r"ErrorV4CodeV|documentedRows", "error types (Code, documentedRows)"),
           (r"documentedCases", "open enums"),
           (r"9ECSClientC10operations", "client core + operation table")]
DEMANGLED = [
    (r"(initialization function for|variable initialization expression of) .*\bschema\b|\.schema\.unsafeMutableAddressor", "schema tables (static let schema)"),
    (r"(initialization function for|variable initialization expression of) .*\brules\b|\brules\b.*\.unsafeMutableAddressor", "rule tables (static let rules)"),
    (r"CodingKeys", "CodingKeys enums"),
    (r"__derived_(struct|enum)_equals|hash\(into:|hashValue|Swift\.Hashable|Swift\.Equatable", "Hashable/Equatable, synthesized"),
    (r"RPCQueryEncoder", "RPC query encoding"),
    (r"RPCQueryDecoder|RPCQueryDecodingError", "RPC query decoding"),
    (r"Swift\.Decoder|Swift\.Decodable|decodeLeniently", "JSON decoding, synthesized"),
    (r"Swift\.Encoder|Swift\.Encodable", "JSON encoding, synthesized"),
    (r"validate\(|RequestValidator|DocumentedRule", "validate functions"),
    (r"Error\.Code|DocumentedErrorRow|DocumentedOperationError|Error\.init\(|Error\.serviceError|Error\.code", "error types (Code, documentedRows)"),
    (r"(Pages|Items)\(_:options:\)|NumberedPages|PageItems|TokenPages", "pagination"),
    (r"ECSClient\.", "client methods"),
    (r"type metadata|value witness|initializeWith|assignWith|destroy|storeEnumTag|getEnumTag|destructiveInject|outlined|descriptor|metadata|witness table|initializeBufferWithCopyOfBuffer|__swift_memcpy", "type layout (value witnesses, metadata)"),
    (r"\.init\(", "memberwise initialisers"),
    (r"\.(getter|setter|modify)", "stored properties (+ implicit accessors)"),
]
open_enums = set(re.findall(r"enum (\w+): OpenEnum", text))
objects = sorted(glob.glob(os.path.join(work, "obj", "*.o")))
syms = []
for raw in subprocess.run(["nm", "-S", "--defined-only"] + objects, capture_output=True, text=True).stdout.splitlines():
    p = raw.split()
    if len(p) == 4 and p[2] in "TtWw" and re.fullmatch(r"[0-9a-f]+", p[1]):
        syms.append((int(p[1], 16), p[3]))
names = subprocess.run(["swift", "demangle"], input="\n".join(s for _, s in syms) + "\n",
                       capture_output=True, text=True).stdout.split("\n")
code = collections.Counter()
for (size, mangled), name in zip(syms, names):
    c = next((c for p, c in MANGLED if re.search(p, mangled)), None) or \
        next((c for p, c in DEMANGLED if re.search(p, name)), "other")
    m = re.search(r"AliyunECSComplete\.([A-Za-z0-9_.]+)", name)
    q = (m.group(1) if m else "").split(".")
    if c == "JSON decoding, synthesized" and any(".".join(q[:i]) in LENIENT for i in range(len(q), 0, -1)):
        c = "JSON decoding, written (lenient)"
    if c in ("memberwise initialisers", "stored properties (+ implicit accessors)", "other") and set(q[1:]) & open_enums:
        c = "open enums"
    code[c] += size

# Phase timers and counters of the frontend jobs.
stats = collections.Counter()
jobs = 0
for f in glob.glob(os.path.join(work, "stats", "*.json")):
    jobs += 1
    for k, v in json.load(open(f)).items():
        if isinstance(v, (int, float)):
            stats[k] += v
user = lambda k: stats.get("time.swift." + k + ".user", 0.0)
job_cpu = sum(v for k, v in stats.items() if k.startswith("time.swift-frontend.") and k.endswith(".user"))
sema, silgen, silopt, irgen = user("perform-sema"), user("SILGen"), user("SIL optimization"), user("IRGen")
front = user("parse-and-resolve-imports") + sum(v for k, v in stats.items()
                                                if k.startswith("time.swift.Serialization") and k.endswith(".user"))
llvm = max(0.0, job_cpu - sema - silgen - silopt - irgen - front)
backend = silgen + silopt + irgen + llvm

def timefile(name):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        return None
    t = open(path).read()
    g = lambda p: re.search(p, t).group(1)
    return (g(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)"), float(g(r"User time \(seconds\): (\S+)")),
            float(g(r"System time \(seconds\): (\S+)")), int(g(r"Maximum resident set size \(kbytes\): (\d+)")) / 1024)

tc_total, code_total = sum(tc.values()), sum(code.values())
print(f"Generated: {len(files)} files, {total_lines:,} lines, {ops} operations, {total_lines / ops:,.0f} lines per operation.")
for label, name in [("Ordinary build (swift build --target AliyunECSComplete, sources touched)", "plain-time.txt"),
                    ("Instrumented compile (swiftc, SwiftPM's arguments + the two flags)", "time.txt")]:
    t = timefile(name)
    if t:
        print(f"{label}: {t[0]} wall, {t[1]:.1f} s user + {t[2]:.1f} s sys = {t[1] + t[2]:.1f} CPU-s "
              f"({1000 * (t[1] + t[2]) / ops:.0f} ms per operation), peak RSS of the largest process {t[3]:,.0f} MiB.")
print()
print(f"Phases, summed over the {jobs} frontend jobs ({job_cpu:.1f} s user): type checking {sema:.1f} s "
      f"({100 * sema / job_cpu:.0f} %), SILGen {silgen:.1f} s ({100 * silgen / job_cpu:.0f} %), SIL optimization "
      f"{silopt:.1f} s ({100 * silopt / job_cpu:.0f} %), IRGen {irgen:.1f} s ({100 * irgen / job_cpu:.0f} %), LLVM "
      f"(the rest: LLVM passes, code and debug-info emission) {llvm:.1f} s ({100 * llvm / job_cpu:.0f} %), parsing "
      f"and serialization {front:.1f} s. Function bodies account for {tc_total:.1f} s of the type checking; the rest "
      f"({sema - tc_total:.1f} s) is declarations, conformances and stored-property initialisers (static lets), not "
      f"attributed.")
for k in ["SILModule.NumSILGenFunctions", "IRModule.NumIRFunctions", "IRModule.NumIRInsts", "LLVM.NumLLVMBytesOutput"]:
    print(f"- {k}: {stats.get(k, 0):,.0f} ({stats.get(k, 0) / ops:,.0f} per operation)")
print()
print("Estimated CPU = type-check time of the construct's function bodies (measured) + the back end "
      f"(SILGen + SIL optimization + IRGen + LLVM, {backend:.0f} s) shared out by the construct's machine code.")
print()
print("| construct | count | lines per op | type-check s | share of type-check | machine code KiB | share of code | estimated CPU s | ms per op |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
rows = []
for k in C:
    est = tc.get(k, 0) + backend * code.get(k, 0) / code_total
    rows.append((k, est))
    n = count.get(k)
    print(f"| {k} | {f'{n[0]:,} {n[1]}' if n else ''} | {lines.get(k, 0) / ops:,.0f} | {tc.get(k, 0):.2f} | "
          f"{100 * tc.get(k, 0) / tc_total:.1f} % | {code.get(k, 0) / 1024:,.0f} | "
          f"{100 * code.get(k, 0) / code_total:.1f} % | {est:.1f} | {1000 * est / ops:.0f} |")
print(f"| **total** | | {total_lines / ops:,.0f} | {tc_total:.2f} | 100 % | {code_total / 1024:,.0f} | 100 % | "
      f"{tc_total + backend:.1f} | {1000 * (tc_total + backend) / ops:.0f} |")

ablate = os.path.join(work, "ablate")
if os.path.isdir(ablate):
    print()
    print("Ablations, 40 operations compiled alone (lower of two runs):")
    print()
    print("| variant | lines | CPU s | saving |")
    print("|---|---:|---:|---:|")
    base = None
    for d in sorted(glob.glob(os.path.join(ablate, "*")), key=lambda d: int(os.path.basename(d))):
        name = open(os.path.join(d, "NAME")).read()
        n = sum(1 for f in glob.glob(os.path.join(d, "*.swift")) for _ in open(f, encoding="utf-8"))
        runs = [l.split() for l in open(os.path.join(d, "cpu.txt"))]
        if any(r[0] == "failed" for r in runs):
            print(f"| {name} | {n:,} | did not compile (see {d}/log.txt) | |")
            continue
        cpu = min(float(r[0]) + float(r[1]) for r in runs)
        base = base or cpu
        print(f"| {name} | {n:,} | {cpu:.1f} | {100 * (base - cpu) / base:.0f} % |")
EOF
