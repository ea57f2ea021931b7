#!/usr/bin/env bash
# Formats the hand-written Swift code with the repository's .swift-format. Generated code
# (Generated/, Tests/AdversarialSDK/, Tests/AdversarialCommand/) is left alone: the templates lay it
# out, and the tests lint it.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Plugins)
for dir in Tests/*/; do
  case "$dir" in
    Tests/AdversarialSDK/ | Tests/AdversarialCommand/) ;;
    *) paths+=("$dir") ;;
  esac
done
swift format format --in-place --recursive "${paths[@]}"
swift format lint --strict --recursive "${paths[@]}" Generated Tests/AdversarialSDK Tests/AdversarialCommand
