#!/usr/bin/env bash
# aliyun-codegen side by side with Apple's swift-openapi-generator 1.14.3, in one run, on the ECS
# api-docs corpus (347 operations) and on it replicated x5 (1,735 operations):
#   (a) generation wall time and peak RSS of swift-openapi-generator (types + client) on an
#       OpenAPI 3.0.3 document derived from the same api-docs file (derive_openapi.py);
#   (b) the same for aliyun-codegen generate on the api-docs file itself;
#   (c) the debug compile time of each output, from scratch, in a throwaway package under /tmp,
#       timing only the generated target (its dependencies are built first, untimed).
# Generation is run --runs times (default 3) and the median is reported; each compile once.
#
# Usage: Benchmarks/openapi-comparison/compare.sh [--out results.json] [--scales "1 5"] [--runs 3]
#          [--compile-timeout 900] [--compile-mem-cap-mib MIB] [--no-compile] [--keep | --work DIR]
# --work DIR keeps everything in DIR and reuses its throwaway packages' dependency builds on the next
# run (the generated targets are still compiled from scratch: their build products are removed).
# Needs: python3, /usr/bin/time (installed with apt-get when missing), the ECS corpus at
# ../shared/corpus beside the repository (or --corpus FILE), and the local package mirror that
# resolves swift-openapi-generator 1.14.3 and swift-openapi-runtime 1.13.4.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
corpus="$repo/../shared/corpus/ecs-2014-05-26.api-docs.json"
[ -f "$corpus" ] || corpus=/work/shared/corpus/ecs-2014-05-26.api-docs.json
out=""
scales="1 5"
runs=3
compile_timeout=900
# The machine is shared: stop a compile whose process tree goes over this many MiB of resident memory.
mem_avail=$(awk '/MemAvailable/{print int($2/1024)}' /proc/meminfo)
compile_mem_cap=$(( mem_avail - 4096 < 14336 ? mem_avail - 4096 : 14336 ))
do_compile=1
keep=0
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --scales) scales=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --compile-timeout) compile_timeout=$2; shift 2 ;;
    --compile-mem-cap-mib) compile_mem_cap=$2; shift 2 ;;
    --no-compile) do_compile=0; shift ;;
    --keep) keep=1; shift ;;
    --work) work=$2; keep=1; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

if [ -n "$work" ]; then mkdir -p "$work"; work=$(cd "$work" && pwd); else work=$(mktemp -d /tmp/openapi-comparison.XXXXXX); fi
if [ "$keep" = 1 ]; then echo "work directory: $work"; else trap 'rm -rf "$work"' EXIT; fi
results="$work/results.jsonl"
: > "$results"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# record KEY=VALUE... : one JSON object per line, values as strings; report.py types them.
record() { python3 -c 'import json,sys; print(json.dumps(dict(a.split("=",1) for a in sys.argv[1:])))' "$@" >> "$results"; }

# The runtime that aliyun-codegen's output is compiled against: a copy of the work tree as it is now
# (tracked and untracked files, not the ignored ones), since another engineer may be editing it
# during the run. Named .../main, as /work/main is: a path package's name is its folder's.
snapshot="$work/snapshot/main"
rm -rf "$snapshot"; mkdir -p "$snapshot"
(cd "$repo" && git ls-files -co --exclude-standard -z | tar --null -T - --ignore-failed-read -cf - 2>/dev/null) \
  | tar -xf - -C "$snapshot"
record kind=snapshot commit="$(git -C "$repo" rev-parse HEAD)" dirty="$(git -C "$repo" status --porcelain | wc -l)"

# ---- the two tools, release builds, one after the other ------------------------------------
ours_bin="$repo/.build-bench/release/aliyun-codegen"
log "building aliyun-codegen (release, --scratch-path .build-bench)"
if ! (cd "$repo" && swift build -c release --product aliyun-codegen --scratch-path "$repo/.build-bench") \
     > "$work/build-ours.log" 2>&1; then
  log "aliyun-codegen did not build; see below"; tail -20 "$work/build-ours.log" >&2
  record kind=build tool=aliyun-codegen error="$(tail -5 "$work/build-ours.log")"
  ours_bin=""
fi
oapi_bin="$here/Runner/.build/release/swift-openapi-generator"
log "building swift-openapi-generator 1.14.3 (release)"
if ! swift build -c release --package-path "$here/Runner" --product swift-openapi-generator \
     > "$work/build-openapi.log" 2>&1; then
  log "swift-openapi-generator did not build"; tail -20 "$work/build-openapi.log" >&2
  record kind=build tool=swift-openapi-generator error="$(tail -5 "$work/build-openapi.log")"
  oapi_bin=""
fi

# measure LABEL OUTFILE COMMAND... : runs the command --runs times; writes "seconds KiB status" lines.
measure() {
  local label=$1 file=$2; shift 2
  : > "$file"
  for run in $(seq 1 "$runs"); do
    [ -n "${clean_before_run:-}" ] && rm -rf "$clean_before_run" && mkdir -p "$clean_before_run"
    /usr/bin/time -o "$file.one" -f "%e %M" "$@" > "$file.stdout" 2> "$file.stderr"
    local status=$?
    echo "$(tail -1 "$file.one") $status" >> "$file"
    log "$label run $run: $(tail -1 "$file.one") (s, KiB peak), exit $status"
    [ $status -ne 0 ] && break
  done
}

# ---- inputs ---------------------------------------------------------------------------------
for scale in $scales; do
  if [ "$scale" = 1 ]; then cp "$corpus" "$work/ecs-x1.api-docs.json"
  else python3 "$here/replicate_apidocs.py" "$corpus" "$work/ecs-x$scale.api-docs.json" "$scale"; fi
  # The generator's configuration: types + client, public, idiomatic names, and nameOverrides for
  # the spellings that idiomatic naming would merge (Key/key; see derive_openapi.py).
  python3 "$here/derive_openapi.py" "$corpus" "$work/ecs-x$scale.openapi.json" --replicate "$scale" \
    --generator-config "$work/openapi-generator-config-x$scale.yaml"
done

# ---- (a) and (b): generation ------------------------------------------------------------------
for scale in $scales; do
  ops=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["apis"]))' "$work/ecs-x$scale.api-docs.json")
  if [ -n "$oapi_bin" ]; then
    dir="$work/gen-openapi-x$scale"
    clean_before_run="$dir" measure "swift-openapi-generator x$scale" "$work/m-openapi-x$scale" \
      "$oapi_bin" generate --config "$work/openapi-generator-config-x$scale.yaml" --output-directory "$dir" \
      "$work/ecs-x$scale.openapi.json"
    unsupported=$(grep -c -i "unsupported" "$work/m-openapi-x$scale.stderr" || true)
    warnings=$(grep -c -i "warning" "$work/m-openapi-x$scale.stderr" || true)
    err=""; tail -1 "$work/m-openapi-x$scale" | awk '{exit $3!=0}' || err=$(tail -5 "$work/m-openapi-x$scale.stderr")
    record kind=gen tool=swift-openapi-generator scale="$scale" operations="$ops" \
      runs="$(cat "$work/m-openapi-x$scale" | tr '\n' ';')" unsupported="$unsupported" warnings="$warnings" \
      lines="$(cat "$dir"/*.swift 2>/dev/null | wc -l)" bytes="$(cat "$dir"/*.swift 2>/dev/null | wc -c)" \
      files="$(ls "$dir"/*.swift 2>/dev/null | wc -l)" error="$err"
  fi
  if [ -n "$ours_bin" ]; then
    dir="$work/gen-ours-x$scale"
    clean_before_run="$dir" measure "aliyun-codegen x$scale" "$work/m-ours-x$scale" \
      "$ours_bin" generate --spec "$work/ecs-x$scale.api-docs.json" --output "$dir" \
      --module "BenchECSx$scale" --access-modifier public
    err=""; tail -1 "$work/m-ours-x$scale" | awk '{exit $3!=0}' || err=$(tail -5 "$work/m-ours-x$scale.stderr")
    warnings=$(grep -c . "$work/m-ours-x$scale.stderr" || true)
    record kind=gen tool=aliyun-codegen scale="$scale" operations="$ops" \
      runs="$(cat "$work/m-ours-x$scale" | tr '\n' ';')" warnings="$warnings" \
      lines="$(find "$dir" -name '*.swift' -exec cat {} + 2>/dev/null | wc -l)" \
      bytes="$(find "$dir" -name '*.swift' -exec cat {} + 2>/dev/null | wc -c)" \
      files="$(find "$dir" -name '*.swift' 2>/dev/null | wc -l)" error="$err"
  fi
done

# ---- (c): debug compile of each output, from scratch ---------------------------------------
# One throwaway package per tool: a stub target BenchDeps with the same dependencies (built first,
# untimed) and one target per scale holding the generated files (timed, one at a time).
make_package() {
  local pkg=$1 kind=$2
  mkdir -p "$pkg/Sources/BenchDeps"
  local targets="" deps
  if [ "$kind" = openapi ]; then
    deps='.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"), .product(name: "HTTPTypes", package: "swift-http-types")'
    echo 'import OpenAPIRuntime' > "$pkg/Sources/BenchDeps/Deps.swift"
  else
    deps='.product(name: "AliyunRuntime", package: "main")'
    echo 'import AliyunRuntime' > "$pkg/Sources/BenchDeps/Deps.swift"
  fi
  for scale in $scales; do
    targets="$targets        .target(name: \"$3$scale\", dependencies: [$deps]),"$'\n'
  done
  if [ "$kind" = openapi ]; then
    cat > "$pkg/Package.swift" <<EOF
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "bench-openapi-consumer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(name: "BenchDeps", dependencies: [$deps]),
$targets    ]
)
EOF
  else
    cat > "$pkg/Package.swift" <<EOF
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "bench-aliyun-consumer",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "$snapshot")],
    targets: [
        .target(name: "BenchDeps", dependencies: [$deps]),
$targets    ]
)
EOF
  fi
}

compile_side() {
  local tool=$1 kind=$2 prefix=$3
  local pkg="$work/compile-$kind"
  make_package "$pkg" "$kind" "$prefix"
  local have=0
  for scale in $scales; do
    local gen="$work/gen-$kind-x$scale"
    rm -rf "$pkg/Sources/$prefix$scale"
    # From scratch even when --work reuses the package: no build products of the target survive.
    [ -d "$pkg/.build" ] && find "$pkg/.build/" \( -name "$prefix$scale" -o -name "$prefix$scale.*" -o -name "lib$prefix$scale.*" \) -prune -exec rm -rf {} +
    if [ -d "$gen" ] && [ -n "$(find "$gen" -name '*.swift' | head -1)" ]; then
      mkdir -p "$pkg/Sources/$prefix$scale"; cp -R "$gen"/. "$pkg/Sources/$prefix$scale/"
      find "$pkg/Sources/$prefix$scale" -type f ! -name '*.swift' -delete
      have=1
    fi
  done
  [ $have = 1 ] || return 0
  log "$tool: resolving and building the dependencies (untimed)"
  if ! swift build --package-path "$pkg" --target BenchDeps > "$work/deps-$kind.log" 2>&1; then
    log "$tool: dependencies did not build"; tail -20 "$work/deps-$kind.log" >&2
    record kind=compile tool="$tool" scale=all error="dependencies: $(tail -5 "$work/deps-$kind.log")"
    return 0
  fi
  # What `swift build` costs with nothing to compile: planning the package graph. The first such
  # build after a change of the package's sources takes longer (12-15 s seen for aliyun-codegen's
  # package): run one untimed, then time the next.
  swift build --package-path "$pkg" --target BenchDeps > /dev/null 2>&1
  /usr/bin/time -o "$work/null-$kind" -f "%e %M" swift build --package-path "$pkg" --target BenchDeps > /dev/null 2>&1
  record kind=nullbuild tool="$tool" measure="$(cat "$work/null-$kind")"
  for scale in $scales; do
    [ -d "$pkg/Sources/$prefix$scale" ] || continue
    log "$tool x$scale: debug compile of the generated target $prefix$scale (stopped after ${compile_timeout}s or ${compile_mem_cap} MiB)"
    /usr/bin/time -o "$work/c-$kind-x$scale" -f "%e %M" \
      python3 "$here/run_capped.py" --timeout "$compile_timeout" --max-rss-mib "$compile_mem_cap" \
        --report "$work/cap-$kind-x$scale" -- \
        swift build --package-path "$pkg" --target "$prefix$scale" > "$work/c-$kind-x$scale.log" 2>&1
    local status=$?
    local err=""
    if [ $status = 124 ]; then err="not finished within ${compile_timeout}s (stopped)"
    elif [ $status = 125 ]; then err="stopped when its processes went over ${compile_mem_cap} MiB after $(awk '{print $2}' "$work/cap-$kind-x$scale") s"
    elif [ $status != 0 ]; then err=$(grep -m5 "error:" "$work/c-$kind-x$scale.log"; tail -2 "$work/c-$kind-x$scale.log"); fi
    # Anything but the generated target compiled in this step would blur the figure: count it.
    local others compiled sources
    sources=$(find "$pkg/Sources/$prefix$scale" -name '*.swift' | wc -l)
    compiled=$(grep -E "^\[[0-9]+/[0-9]+\] Compiling $prefix$scale " "$work/c-$kind-x$scale.log" | awk '{print $4}' | sort -u | wc -l)
    others=$(grep -E '^\[[0-9]+/[0-9]+\] Compiling ' "$work/c-$kind-x$scale.log" | grep -vc " Compiling $prefix$scale " || true)
    log "$tool x$scale: $(tail -1 "$work/c-$kind-x$scale") (s, KiB peak of one process), tree peak $(awk '{print $3}' "$work/cap-$kind-x$scale") MiB, exit $status"
    record kind=compile tool="$tool" scale="$scale" measure="$(tail -1 "$work/c-$kind-x$scale")" \
      status="$status" error="$err" tree_peak_mib="$(awk '{print $3}' "$work/cap-$kind-x$scale")" \
      other_steps_compiled="$others" source_files="$sources" compiled_files="$compiled" \
      compiler_warnings="$(grep -c 'warning:' "$work/c-$kind-x$scale.log" || true)"
  done
}

if [ "$do_compile" = 1 ]; then
  compile_side swift-openapi-generator openapi ECSOpenAPIx
  compile_side aliyun-codegen ours BenchECSx
fi

python3 "$here/report.py" "$results" ${out:+--out "$out"} \
  --note "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(swift --version 2>&1 | head -1)"
