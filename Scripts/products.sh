#!/usr/bin/env bash
# A representative package of generated products, as CI proves it: `aliyun-codegen generate-package` writes
# one module per product (default: VPC, the whole of it; Dysmsapi; RAM; Captcha, whose parameters are
# formData; STS, with anonymous operations) from ../shared/corpus into .build-products/AlibabaCloudSDK,
# lints it, and compiles it in Swift 6 mode with zero warnings allowed in the generated sources. The package
# builds in .build-generated, which the quick start shares: a generated package asks for the runtime without its
# traits (`traits: []`), and building it in this package's .build (all traits on) would make every later build
# there start over.
# Usage: Scripts/products.sh [PRODUCT,PRODUCT,...]
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/lib/compiled-cleanly.sh
root=$PWD
corpus=../shared/corpus/alibaba-cloud
products=${1:-vpc,dysmsapi,ram,captcha,sts}
out=.build-products/AlibabaCloudSDK

echo "== generating $products from $corpus"
swift build --product aliyun-codegen 2>&1 | grep -v "swift-distributed-tracing" | tail -n 1
"$(swift build --show-bin-path)/aliyun-codegen" generate-package --corpus "$corpus" --products "$products" \
  --output "$out" --runtime-path "$root" --quiet

echo "== swift format lint of the manifest (enforced) and the modules (reported)"
swift format lint --strict "$out/Package.swift"
findings=$(swift format lint --recursive "$out/Sources" 2>&1 | grep -c "warning:" || true)
echo "swift format lint of the modules: $findings findings"

echo "== compiling it (debug, in .build-generated)"
log=.build-products/build.log
start=$(date +%s)
status=0
(cd "$out" && swift build --scratch-path "$root/.build-generated") >"$log" 2>&1 || status=$?
echo "compile time: $(( $(date +%s) - start )) s"
compiled_cleanly "the generated package" "$status" "$log" "$out"
echo "== the generated package compiles with no warnings"
