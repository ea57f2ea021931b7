#!/usr/bin/env bash
# The example consumer (Examples/ImageCatalog) and both plugins, as CI proves them:
#  1. a build of the example from nothing of its own (AliyunCodegenPlugin generates ECSImages and AliyunVPC
#     afresh, every module of the example compiles), timed;
#  2. rebuilds regenerate nothing (generated files' mtimes unchanged; from the second on, no generator
#     run and nothing compiled), timed;
#  3. touching a spec reruns the generator; changing it regenerates and recompiles; restoring it too;
#  4. its tests: the three generated clients against a loopback HTTP server;
#  5. a target with a config and no spec, and one without a config, fail with errors naming them;
#  6. generate-aliyun-sdk --check passes on the example's and this package's clean trees and fails on a
#     modified generated file.
# Usage: Scripts/example.sh [--keep-build | --own-build]
# By default the example builds in this package's build directory (.build), so the dependencies this
# package's own build compiled (swift-nio, both BoringSSLs, AsyncHTTPClient, the generator) are reused:
# about 30 s instead of 7 min on 2 cores. The example's own modules and the plugin's outputs are removed
# first, so they are still built from nothing. --own-build uses the example's own .build, removed first: a
# truly clean build of everything (what a newcomer's first `swift build` in the example does).
# --keep-build keeps whatever the shared build directory holds.
set -euo pipefail
# Logs are searched with `grep … <<<"$log"`, never `echo "$log" | grep -q`: grep -q stops reading at the
# first match, echo then dies of SIGPIPE, and pipefail turns a match into a failure on long logs.
cd "$(dirname "$0")/.."
root=$PWD
example=Examples/ImageCatalog
keep=${1:-}

fail() {
  echo "error: $*" >&2
  exit 1
}

scratch=$root/.build
[ "$keep" = "--own-build" ] && scratch=$root/$example/.build

build() {
  (cd "$example" && swift build --build-tests --scratch-path "$scratch" "$@" 2>&1) \
    | grep -v "swift-distributed-tracing\|CMakeLists.txt" || true
}

generated=$scratch/plugins/outputs/imagecatalog
mtimes() { find "$generated" -name '*.swift' -path '*GeneratedSources*' -printf '%p %T@\n' | sort; }
seconds() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }

label="clean build"
case "$keep" in
  --keep-build) label="build (kept build directory)" ;;
  --own-build) label="clean build (own .build)"; rm -rf "$scratch" ;;
  *)
    label="build of the example's own modules from nothing (dependencies shared with this package's build)"
    rm -rf "$generated"
    for module in ECSImages AliyunVPC ECSRegions ImageCatalog image_catalog ImageCatalogTests NoSpec NoConfig; do
      rm -rf "$scratch/debug/$module.build"
    done
    ;;
esac

echo "== example: $label"
start=$(seconds)
log=$(build)
end=$(seconds)
echo "$log" | tail -n 3
grep -q "Build complete" <<<"$log" || { echo "$log"; fail "the example did not build"; }
for module in ECSImages AliyunVPC; do
  grep -q "GeneratedSources: 9 written\|GeneratedSources: 0 written" <<<"$log" \
    || fail "the build did not run the generator for $module"
  [ -f "$generated/$module/destination/AliyunCodegenPlugin/GeneratedSources/Client.swift" ] \
    || fail "$module was not generated"
done
echo "$label: $(elapsed "$start" "$end") s"

echo "== example: first rebuild"
# SwiftPM builds a build-tool plugin's executable twice per build (once before planning, once in the
# build itself); on the first rebuild after a clean build it relinks aliyun-codegen, which reruns the
# generator. The generator then rewrites nothing, so no generated module recompiles. From the second
# rebuild on, nothing runs at all; both are checked.
before=$(mtimes)
start=$(seconds)
log=$(build)
end=$(seconds)
[ "$before" = "$(mtimes)" ] || fail "the first rebuild rewrote generated files"
grep -E "Compiling (ECSImages|AliyunVPC|ImageCatalog)" <<<"$log" && fail "the first rebuild recompiled a module"
echo "first rebuild: $(elapsed "$start" "$end") s, generated files untouched, no module recompiled"

echo "== example: no-op rebuild"
start=$(seconds)
log=$(build)
end=$(seconds)
grep -q "GeneratedSources" <<<"$log" && { echo "$log"; fail "a no-op rebuild ran the generator"; }
compiled=$(grep -v "Compiling plugin" <<<"$log" | grep "Linking\|Compiling " || true)
[ -z "$compiled" ] || { echo "$log"; fail "a no-op rebuild compiled something"; }
[ "$before" = "$(mtimes)" ] || fail "a no-op rebuild rewrote generated files"
echo "no-op rebuild: $(elapsed "$start" "$end") s, generator not run, nothing compiled, $(echo "$before" | wc -l) generated files untouched"

echo "== example: a touched spec reruns the generator, which rewrites nothing"
touch "$example/Sources/AliyunVPC/api-docs.json"
log=$(build)
grep -q "AliyunVPC/destination/AliyunCodegenPlugin/GeneratedSources: 0 written, 9 unchanged" <<<"$log" \
  || { echo "$log"; fail "touching the VPC spec did not rerun the generator"; }
grep -q "ECSImages/destination" <<<"$log" && fail "touching the VPC spec regenerated ECSImages"
[ "$before" = "$(mtimes)" ] || fail "an unchanged spec rewrote generated files"
echo "the VPC generator reran and rewrote nothing; ECSImages was left alone"

echo "== example: a changed spec regenerates before compiling"
spec=$example/Sources/AliyunVPC/api-docs.json
backup=$(mktemp)
cp "$spec" "$backup"
restore() { cp "$backup" "$spec"; }
trap restore EXIT
python3 - "$spec" <<'PY'
import json, sys
path = sys.argv[1]
document = json.load(open(path, encoding="utf-8"))
document["apis"]["DescribeVpcs"]["summary"] = "Lists VPCs (changed by Scripts/example.sh)."
json.dump(document, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
log=$(build)
grep -q "AliyunVPC/destination/AliyunCodegenPlugin/GeneratedSources: [1-9] written" <<<"$log" \
  || { echo "$log"; fail "a changed spec was not regenerated"; }
grep -rq "changed by Scripts/example.sh" "$generated/AliyunVPC" || fail "the change is not in the generated sources"
grep -q "Compiling AliyunVPC" <<<"$log" || fail "the regenerated module was not recompiled"
restore
trap - EXIT
log=$(build)
grep -q "Build complete" <<<"$log" || { echo "$log"; fail "the restored spec did not build"; }
grep -rq "changed by Scripts/example.sh" "$generated/AliyunVPC" && fail "restoring the spec did not regenerate"
echo "regenerated and recompiled on change, and again on restore"

echo "== example: tests over loopback HTTP"
(cd "$example" && swift test --scratch-path "$scratch" 2>&1) | grep -E "✔|✘|passed|failed" | tail -n 8
(cd "$example" && swift test --scratch-path "$scratch" --skip-build >/dev/null 2>&1) || fail "the example's tests failed"

echo "== example: broken targets fail with errors that name them"
log=$( (cd "$example" && IMAGE_CATALOG_BROKEN_TARGET=NoSpec swift build --scratch-path "$scratch" --target NoSpec 2>&1) || true)
expected="$root/$example/BrokenTargets/NoSpec/aliyun-codegen.yaml:3: error: target NoSpec: spec api-docs.json: no such file"
grep -qF "$expected" <<<"$log" || { echo "$log"; fail "no located error for a config without its spec"; }
echo "$expected"
log=$( (cd "$example" && IMAGE_CATALOG_BROKEN_TARGET=NoConfig swift build --scratch-path "$scratch" --target NoConfig 2>&1) || true)
expected="error: target NoConfig uses AliyunCodegenPlugin but has no aliyun-codegen.yaml at its root"
grep -qF "$expected" <<<"$log" || { echo "$log"; fail "no error for a target without a config"; }
echo "$expected"

# generate-aliyun-sdk --check in a package: passes on the clean tree; fails with a diff, writing nothing,
# once FILE (of TARGET) is edited by hand.
check_command_plugin() {
  local package=$1 target=$2 file=$3 build=${4:-$scratch}
  (cd "$package" && swift package --scratch-path "$build" --allow-writing-to-package-directory generate-aliyun-sdk --check 2>&1) \
    | grep -v "^\[\|swift-distributed-tracing\|CMakeLists.txt"
  cp "$package/$file" "$backup"
  restoreGenerated() { cp "$backup" "$package/$file"; }
  trap restoreGenerated EXIT
  echo "// a hand edit" >>"$package/$file"
  local log
  if log=$(cd "$package" && swift package --scratch-path "$build" --allow-writing-to-package-directory \
    generate-aliyun-sdk --check --target "$target" 2>&1); then
    fail "generate-aliyun-sdk --check passed on a modified $file"
  fi
  grep -q "^-// a hand edit" <<<"$log" || { echo "$log"; fail "--check did not show the drift as a diff"; }
  [ "$(tail -n 1 "$package/$file")" = "// a hand edit" ] || fail "--check wrote to $file"
  restoreGenerated
  trap - EXIT
  echo "--check failed on a modified $file, with its diff, and wrote nothing"
}

echo "== generate-aliyun-sdk --check on the example (ECSRegions, checked in there)"
check_command_plugin "$example" ECSRegions Sources/ECSRegions/ECSClient.swift
echo "== generate-aliyun-sdk --check on this package (Generated/)"
check_command_plugin . AliyunECSImages Generated/ECS/ECSClient.swift "$root/.build"
rm -f "$backup"
echo "== example: all checks passed"
