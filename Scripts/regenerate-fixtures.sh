#!/usr/bin/env bash
# Regenerates every checked-in generated module besides the ones aliyun-codegen.yaml describes: the test SDKs
# (Tests/AdversarialSDK, Tests/ROASDK, Tests/StaleRulesSDK, the V3, FC, PDS and AliGenie ones (Tests/CloudControlSDK, Tests/OCRSDK, Tests/ARMSSDK, Tests/FCSDK, Tests/FCOpenSDK, Tests/PDSSDK, Tests/AliGenieSDK) and their commands) and the example's ECSRegions,
# with the settings GoldenTests compares them under. Run after a template or translator change, then review
# the diff; `swift test --filter GoldenTests` checks them.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product aliyun-codegen
codegen="$(swift build --show-bin-path)/aliyun-codegen"
fixtures=Tests/SwiftCodegenTests/Fixtures
"$codegen" generate --quiet --spec "$fixtures/adversarial.api-docs.json" --output Tests/AdversarialSDK \
  --module AdversarialSDK --access-modifier package --command-output Tests/AdversarialCommand --command-name tryhard
"$codegen" generate --quiet --spec "$fixtures/roa.api-docs.json" --output Tests/ROASDK --module ROASDK \
  --access-modifier package --command-output Tests/ROACommand --command-name roa
"$codegen" generate --quiet --spec "$fixtures/disagreements.api-docs.json" --output Tests/StaleRulesSDK \
  --module StaleRulesSDK --access-modifier package
for fixture in cloudcontrol:CloudControlSDK ocr:OCRSDK arms:ARMSSDK fc:FCSDK fc-open:FCOpenSDK pds:PDSSDK aligenie:AliGenieSDK; do
  "$codegen" generate --quiet --spec "$fixtures/${fixture%%:*}.api-docs.json" --output "Tests/${fixture#*:}" \
    --module "${fixture#*:}" --access-modifier package
done
# The emulator's round-trip clients: a few operations of three products of the corpus.
corpus=../shared/corpus/alibaba-cloud
for fixture in "vpc/2016-04-28:EmulatorVPCSDK:CreateVpc,DescribeVpcs,DescribeVpcAttribute,ModifyVpcAttribute,DeleteVpc" \
  "ecs/2014-05-26:EmulatorECSSDK:CreateSecurityGroup,DescribeSecurityGroups,DescribeSecurityGroupAttribute,ModifySecurityGroupAttribute,DeleteSecurityGroup" \
  "cs/2015-12-15:EmulatorCSSDK:CreateCluster,DescribeClusterDetail,DescribeClustersV1,ModifyCluster,DeleteCluster"; do
  IFS=: read -r spec module operations <<<"$fixture"
  "$codegen" generate --quiet --spec "$corpus/$spec/api-docs.json" --operations "$operations" --output "Tests/$module" \
    --module "$module" --access-modifier package
done
"$codegen" generate --quiet --config Examples/ImageCatalog/Sources/ECSRegions/aliyun-codegen.yaml
