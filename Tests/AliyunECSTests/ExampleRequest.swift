import AliyunECSImages

/// A request with every parameter set to its documented example.
enum ExampleRequest {
    static let full = ModifyImageAttributeRequest(
        regionId: "cn-hangzhou",
        imageId: "m-bp18ygjuqnwhechc****",
        imageName: "testImageName",
        status: .deprecated,
        imageFamily: "hangzhou-daily-update",
        bootMode: .bios,
        licenseType: .byol,
        description: "testDescription",
        features: .init(nvmeSupport: .supported, imdsSupport: .v2),
        dryRun: true)
}
