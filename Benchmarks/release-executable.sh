#!/usr/bin/env bash
# What an application pays for the whole generated ECS library (AliyunECSComplete, 347 operations) when it
# calls three operations: a tiny executable that builds an ECSClient and calls DescribeRegions,
# DescribeInstances and DescribeImages, built in release (`swift build -c release`) and, for comparison, in
# debug (`swift build`). For each configuration it prints:
#   - the first build, dependencies included (swift-nio, AsyncHTTPClient, swift-crypto, … and AliyunRuntime,
#     built from nothing in the temporary package's own .build): CPU-s (user+sys), wall, peak RSS;
#   - a clean rebuild of only the generated library and the executable (their objects, modules and the binary
#     deleted, every dependency kept built), ROUNDS times: CPU-s, wall, peak RSS;
#   - a no-op build right after (nothing to compile: planning, plugin checks), to tell swift build's own cost;
#   - the executable's size as linked and after `strip`, its `size` sections, the part of its symbols that
#     belong to AliyunECSComplete (nm, mangled names holding the module name: approximate), and the largest
#     object files of the library.
# Peak RSS is /usr/bin/time's "Maximum resident set size": the largest single process of the build (one
# swift-frontend, or the linker), not the sum of concurrent ones.
#
# How the executable sees the library. In this package AliyunECSComplete is a target that exists only when
# ALIYUN_WHOLE_ECS=1 and is not a product, so no package can depend on it through `.package(path:)`, with or
# without the variable. The script therefore does what an application of a generated SDK does (and what
# `aliyun-codegen generate-package --runtime-path` writes): a package of its own, in a temporary directory
# outside this tree, with a library target AliyunECSComplete holding a copy of .build-whole-ecs/AliyunECSComplete
# (the same sources Scripts/whole-ecs.sh compiles, unchanged), `.product(name: "AliyunRuntime")` from a path
# dependency on this tree, and the executable target. ALIYUN_WHOLE_ECS is unset so that this tree's manifest
# does not declare a second target named AliyunECSComplete. Nothing in this tree is written except
# .build-whole-ecs when it is missing (or REGENERATE=1), generated as Benchmarks/compile-paired.sh does.
# The runtime is this tree's as it stands (RUNTIME=tree, the default: `.package(path:)` on the tree itself); when
# someone else edits Sources/ meanwhile, swift build stops with "input file … was modified during the build", so
# RUNTIME=head instead takes the committed HEAD (`git archive HEAD`, extracted next to the temporary package)
# as the path dependency: the figures then belong to one commit, whatever the work tree holds.
#
# Usage: Benchmarks/release-executable.sh      (about 30–45 min on the 2-core box; run nothing else meanwhile)
#   ROUNDS=N       clean rebuilds per configuration (default 1)
#   CONFIGS="release debug"   which configurations, in order (default both)
#   REGENERATE=1   regenerate .build-whole-ecs/AliyunECSComplete first
#   KEEP=1         keep the temporary package (its path is printed)
#   RUNTIME=head   the path dependency is a `git archive HEAD` copy of this tree, not the tree (see above)
#   TMPDIR         where the temporary package goes (default /tmp)
# e.g. Benchmarks/release-executable.sh 2>&1 | tee Benchmarks/results/release-executable-$(date +%F).txt
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=../shared/corpus/ecs-2014-05-26.api-docs.json
rounds="${ROUNDS:-1}"
configs="${CONFIGS:-release debug}"
unset ALIYUN_WHOLE_ECS
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

if [ "${REGENERATE:-0}" = 1 ] || [ ! -f .build-whole-ecs/AliyunECSComplete/ECSClient.swift ]; then
  echo "== generating .build-whole-ecs/AliyunECSComplete from $corpus"
  swift build --product aliyun-codegen >&2
  "$(swift build --show-bin-path)/aliyun-codegen" generate --spec "$corpus" --output .build-whole-ecs/AliyunECSComplete \
    --module AliyunECSComplete --command-output .build-whole-ecs/ECSCompleteCommand --command-name aliyun-ecs-complete \
    --server-output .build-whole-ecs/AliyunECSCompleteServer --quiet
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/release-executable.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
pkg="$work/ECSThreeCalls"
exe=ecs-three-calls
exe_module=${exe//-/_}
mkdir -p "$pkg/Sources/$exe"
case "${RUNTIME:-tree}" in
  tree) runtime="$root" ;;
  head) runtime="$work/swift-aliyun-codegen"
        mkdir -p "$runtime" && git archive HEAD | tar -x -C "$runtime" ;;
  *) echo "RUNTIME is tree or head" >&2; exit 1 ;;
esac
cp -R .build-whole-ecs/AliyunECSComplete "$pkg/Sources/AliyunECSComplete"
cp Package.resolved "$pkg/Package.resolved" # the dependencies at the versions this tree pins

cat >"$pkg/Package.swift" <<EOF
// swift-tools-version: 6.1
// Written by Benchmarks/release-executable.sh: the whole generated ECS library and an executable that calls
// three of its operations, on swift-aliyun-codegen's runtime (a path dependency on the tree measured).
import PackageDescription

let package = Package(
    name: "ECSThreeCalls",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "swift-aliyun-codegen", path: "$runtime")
    ],
    targets: [
        .target(
            name: "AliyunECSComplete",
            dependencies: [.product(name: "AliyunRuntime", package: "swift-aliyun-codegen")]),
        .executableTarget(
            name: "$exe",
            dependencies: ["AliyunECSComplete", .product(name: "AliyunRuntime", package: "swift-aliyun-codegen")]),
    ],
    swiftLanguageModes: [.v6]
)
EOF

cat >"$pkg/Sources/$exe/main.swift" <<'EOF'
// Three ECS calls through the whole generated library. `ecs-three-calls [ENDPOINT]`: without an endpoint it
// calls cn-hangzhou's; every failure (no network, made-up keys) is printed, not fatal.
import AliyunECSComplete
import AliyunRuntime

let region = "cn-hangzhou"
let endpoint = CommandLine.arguments.dropFirst().first.flatMap { ServiceEndpoint($0) }
let client = ECSClient(
    configuration: RPCClientConfiguration(
        region: region,
        endpoint: endpoint,
        credentials: StaticCredentialsProvider(
            Credentials(accessKeyId: "LTAI5tBenchmarkOnly", accessKeySecret: "not-a-real-secret")),
        retry: RetryPolicy(maxAttempts: 1)))

do {
    let regions = try await client.describeRegions(DescribeRegionsRequest())
    for region in regions.regions?.region ?? [] {
        print("region", region.regionId ?? "?", region.localName ?? "")
    }
} catch {
    print("DescribeRegions failed:", error)
}

do {
    let instances = try await client.describeInstances(DescribeInstancesRequest(regionId: region, pageSize: 10))
    print("instances:", instances.totalCount ?? 0)
    for instance in instances.instances?.instance ?? [] {
        print("instance", instance.instanceId ?? "?", instance.imageId ?? "")
    }
} catch {
    print("DescribeInstances failed:", error)
}

do {
    let images = try await client.describeImages(
        DescribeImagesRequest(regionId: region, imageOwnerAlias: .system, pageSize: 10))
    print("images:", images.totalCount ?? 0)
    for image in images.images?.image ?? [] {
        print("image", image.imageId ?? "?", image.imageName ?? "")
    }
} catch {
    print("DescribeImages failed:", error)
}
EOF

# measure LABEL LOG COMMAND…: runs COMMAND under /usr/bin/time -v with its output in LOG; prints one line.
measure() {
  local label="$1" log="$2" timing
  shift 2
  timing="$(mktemp "$work/time.XXXXXX")"
  if ! /usr/bin/time -v -o "$timing" "$@" >"$log" 2>&1; then
    echo "FAILED: $label ($*); the last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  python3 - "$timing" "$label" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
mib = int(field("Maximum resident set size (kbytes)")) / 1024
load = open("/proc/loadavg").read().split()[:3]
print(f"{sys.argv[2]}\t{user + system:.1f} CPU-s ({user:.1f} user + {system:.1f} sys)\t{seconds:.1f} s wall\t{mib:.0f} MiB peak"
      f"\t(load after: {' '.join(load)})")
PY
  rm -f "$timing"
}

echo "== $(date -u '+%F %T UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
swift --version 2>&1 | sed -n 1p
if [ "$runtime" = "$root" ]; then
  echo "runtime: the work tree $root at $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources/AliyunRuntime || echo ', with uncommitted changes in Sources/AliyunRuntime')"
else
  echo "runtime: $(git rev-parse --short HEAD) (git archive HEAD of $root, in $runtime)"
fi
echo "library: .build-whole-ecs/AliyunECSComplete, $(ls .build-whole-ecs/AliyunECSComplete/*.swift | wc -l) files," \
  "$(cat .build-whole-ecs/AliyunECSComplete/*.swift | wc -l) lines, generated $(date -u -r .build-whole-ecs/AliyunECSComplete/ECSClient.swift '+%F %T UTC')"
echo "package: $pkg (executable $exe: DescribeRegions, DescribeInstances, DescribeImages)"
(cd "$pkg" && swift package resolve >"$work/resolve.log" 2>&1) || { cat "$work/resolve.log" >&2; exit 1; }

for config in $configs; do
  echo
  echo "== $config"
  bin="$(cd "$pkg" && swift build -c "$config" --show-bin-path)"
  measure "$config, first build with dependencies" "$work/$config-first.log" \
    swift build -c "$config" --package-path "$pkg"
  warnings=$(grep -c "/Sources/AliyunECSComplete/.*warning:" "$work/$config-first.log" || true)
  echo "warnings in the generated library: $warnings"
  objects=$(find "$bin/AliyunECSComplete.build" -name '*.o' | wc -l)
  for round in $(seq "$rounds"); do
    # Only what the two targets produce: objects, dependency and module files, the binary. The output file
    # map and the source list SwiftPM writes when it plans the build stay, as do all dependencies.
    find "$bin/AliyunECSComplete.build" "$bin/$exe_module.build" -type f \
      ! -name output-file-map.json ! -name sources -delete
    rm -rf "$bin/Modules/AliyunECSComplete".* "$bin/Modules/$exe_module".* \
      "$bin/AliyunECSComplete.swiftmodule" "$bin/$exe_module.swiftmodule" "$bin/$exe"
    marker="$work/marker"
    touch "$marker"
    sleep 1
    measure "$config, clean rebuild of AliyunECSComplete + $exe (round $round)" "$work/$config-rebuild-$round.log" \
      swift build -c "$config" --package-path "$pkg"
    rebuilt=$(find "$bin/AliyunECSComplete.build" -name '*.o' -newer "$marker" | wc -l)
    [ "$rebuilt" -eq "$objects" ] && [ "$bin/$exe" -nt "$marker" ] || {
      echo "the rebuild was not clean: $rebuilt of $objects objects rebuilt" >&2
      exit 1
    }
    compiled=$(grep -cE "Compiling|Emitting module" "$work/$config-rebuild-$round.log" || true)
    echo "  rebuilt: $rebuilt of $objects library objects and the executable; build steps in its log: $compiled" \
      "($(grep -oE 'Compiling [A-Za-z_-]+|Linking [A-Za-z_-]+' "$work/$config-rebuild-$round.log" | sort -u | tr '\n' ';'))"
  done
  measure "$config, no-op build (nothing to do: what swift build costs by itself)" "$work/$config-noop.log" \
    swift build -c "$config" --package-path "$pkg"

  stripped="$work/$exe-$config-stripped"
  strip -o "$stripped" "$bin/$exe"
  echo "executable: $(stat -c %s "$bin/$exe") bytes as linked ($(numfmt --to=iec-i --suffix=B "$(stat -c %s "$bin/$exe")")), $(stat -c %s "$stripped") bytes stripped ($(numfmt --to=iec-i --suffix=B "$(stat -c %s "$stripped")"))"
  size "$bin/$exe" "$stripped" | sed 's/^/  /'
  nm -S --defined-only "$bin/$exe" 2>/dev/null | python3 -c '
import sys
total = ecs = 0
for line in sys.stdin:
    parts = line.split()
    if len(parts) < 4:
        continue
    size = int(parts[1], 16)
    total += size
    if "17AliyunECSComplete" in parts[3]:
        ecs += size
print(f"  sized symbols: {total} bytes, of which AliyunECSComplete {ecs} bytes ({100 * ecs / max(total, 1):.0f} %)")
'
  echo "  library objects: $objects, $(du -cb "$bin/AliyunECSComplete.build"/*.o | tail -n 1 | cut -f1) bytes in all; the largest:"
  # (sed, not head: head's early exit would kill ls with SIGPIPE, which pipefail turns into a failure)
  ls -S "$bin/AliyunECSComplete.build"/*.o | sed -n 1,5p | while read -r object; do
    echo "    $(stat -c %s "$object") $(basename "$object")"
  done
  echo "  run against a closed port (no network needed): timeout 60 $exe http://127.0.0.1:9"
  timeout 60 "$bin/$exe" http://127.0.0.1:9 2>&1 | cut -c1-160 | sed 's/^/    /' || echo "    (exit status $?)"
done
