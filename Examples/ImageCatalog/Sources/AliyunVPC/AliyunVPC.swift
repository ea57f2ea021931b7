// AliyunVPC: the VPC DescribeVpcs SDK, generated at build time by AliyunCodegenPlugin from
// aliyun-codegen.yaml and api-docs.json in this directory. SwiftPM builds a target only when it holds a
// source file of its own; this is that file. Everything else in the module is generated.
