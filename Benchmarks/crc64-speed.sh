#!/usr/bin/env bash
# CRC-64 (OSS's x-oss-hash-crc64ecma) throughput on one core: Sources/AliyunRuntime/Integrity/CRC64.swift compiled
# with -O into a small executable (no package build needed), 256 MiB five times, and the cost of one combine.
# Usage: Benchmarks/crc64-speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swiftc -O -swift-version 6 -module-name CRC64Speed Sources/AliyunRuntime/Integrity/CRC64.swift \
  Benchmarks/CRC64Speed/main.swift -o "$work/crc64-speed"
taskset -c 0 "$work/crc64-speed" 2>/dev/null || "$work/crc64-speed"
