// A target that uses AliyunCodegenPlugin without aliyun-codegen.yaml; built only by Scripts/example.sh
// (IMAGE_CATALOG_BROKEN_TARGET=NoConfig) to see the build fail with an error naming the target.
