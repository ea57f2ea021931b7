#!/usr/bin/env bash
# Embeds Templates/*.mustache into Sources/SwiftCodegen/Renderer/EmbeddedTemplates.swift, which is
# checked in (the Templates test fails when it is out of date). Run it after editing a template, before
# `swift run aliyun-codegen generate`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -q template-embedder Sources/SwiftCodegen/Renderer/EmbeddedTemplates.swift Templates/*.mustache
