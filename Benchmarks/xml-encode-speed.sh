#!/usr/bin/env bash
# XMLTreeEncoder's time on a CompleteMultipartUpload document of 1,000 and 10,000 parts: Sources/AliyunXML's writer and
# encoder compiled with -O into a small executable (no package build needed). With a commit
# (Benchmarks/xml-encode-speed.sh COMMIT), that commit's encoder is measured instead.
# Usage: Benchmarks/xml-encode-speed.sh [COMMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
encoder=Sources/AliyunXML/XMLTreeEncoder.swift
if [ -n "${1:-}" ]; then
  git show "$1:$encoder" >"$work/XMLTreeEncoder.swift"
  encoder="$work/XMLTreeEncoder.swift"
fi
swiftc -O -swift-version 6 -module-name XMLEncodeSpeed Sources/AliyunXML/XMLWriter.swift "$encoder" \
  Benchmarks/XMLEncodeSpeed/main.swift -o "$work/xml-encode-speed"
"$work/xml-encode-speed"
