// A target that uses AliyunCodegenPlugin with a config naming a spec that is not there; built only by
// Scripts/example.sh (IMAGE_CATALOG_BROKEN_TARGET=NoSpec) to see the build fail with a located error.
