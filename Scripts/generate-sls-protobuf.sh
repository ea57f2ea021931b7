#!/usr/bin/env bash
# Regenerates Sources/AliyunSLSRuntime/Protobuf/sls_logs.pb.swift from sls_logs.proto beside it, with protoc
# (apt: protobuf-compiler) and swift-protobuf's protoc-gen-swift of the version Package.swift names (built here in
# .build-protoc-gen-swift from the package's checkout: a few minutes the first time). The result is committed, so
# that building the project never needs the plugin.
# Usage: bash Scripts/generate-sls-protobuf.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v protoc >/dev/null || { echo "error: protoc not found: apt-get install protobuf-compiler" >&2; exit 1; }
swift package resolve >/dev/null
checkout=$(swift package show-dependencies --format json \
    | python3 -c 'import json,sys
def walk(d):
    for dep in d["dependencies"]:
        if dep["identity"] == "swift-protobuf": print(dep["path"]); sys.exit()
        walk(dep)
walk(json.load(sys.stdin))')
swift build -c release --package-path "$checkout" --scratch-path .build-protoc-gen-swift --product protoc-gen-swift
plugin=$(swift build -c release --package-path "$checkout" --scratch-path .build-protoc-gen-swift --show-bin-path)
dir=Sources/AliyunSLSRuntime/Protobuf
protoc --plugin=protoc-gen-swift="$plugin/protoc-gen-swift" --swift_out="$dir" --swift_opt=Visibility=Package \
    --proto_path="$dir" "$dir/sls_logs.proto"
echo "wrote $dir/sls_logs.pb.swift"
