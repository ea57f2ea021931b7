#!/usr/bin/env bash
# Formats the hand-written Swift code with the repository's .swift-format. Generated code
# (Generated/, Tests/AdversarialSDK/, Tests/AdversarialCommand/, Tests/ROASDK/, Tests/ROACommand/,
# Tests/StaleRulesSDK/) is left alone: the templates lay it
# out, and the tests lint it.
set -euo pipefail
cd "$(dirname "$0")/.."
# Sources, but not the STS client and handler generated into AliyunRuntime and EmulatorHandlers.
mapfile -t sources < <(find Sources -name '*.swift' -not -path '*/STS/Generated/*' | sort)
paths=(Package.swift "${sources[@]}" Plugins Benchmarks/EmulatorLoad/Package.swift Benchmarks/EmulatorLoad/Sources Fuzz/Package.swift Fuzz/Sources)
# The example's hand-written code, never its .build (its dependencies' checkouts) nor its generated
# ECSRegions (linted below with the other generated code).
example=Examples/ImageCatalog
paths+=("$example/Package.swift" "$example/Tests" "$example/BrokenTargets")
for dir in "$example"/Sources/*/; do
  [ "$dir" = "$example/Sources/ECSRegions/" ] || paths+=("$dir")
done
for dir in Tests/*/; do
  case "$dir" in
    Tests/AdversarialSDK/ | Tests/AdversarialCommand/ | Tests/ROASDK/ | Tests/ROACommand/ | Tests/StaleRulesSDK/) ;;
    *) paths+=("$dir") ;;
  esac
done
swift format format --in-place --recursive "${paths[@]}"
swift format lint --strict --recursive "${paths[@]}" Generated Tests/AdversarialSDK Tests/AdversarialCommand \
  Tests/ROASDK Tests/ROACommand Tests/StaleRulesSDK \
  Sources/AliyunRuntime/STS/Generated Sources/EmulatorHandlers/STS/Generated \
  "$example/Sources/ECSRegions"
