import AliyunECSComplete
import AliyunRuntime
import Testing

/// Real operations encode as the RPC wire format wants: repeat lists, nested objects, flat lists of
/// objects and JSON-style values.
@Suite("Whole ECS: query encoding")
struct QueryEncodingTests {
    static func items(_ request: some RPCQueryEncodable) throws -> [String] {
        var encoder = RPCQueryEncoder()
        try request.encode(to: &encoder)
        return encoder.items.map { "\($0.name)=\($0.value)" }
    }

    @Test("DescribeImages: scalars, an open enum, and lists of objects")
    func describeImages() throws {
        let request = DescribeImagesRequest(
            regionId: "cn-hangzhou", status: .init(rawValue: "Available"), imageOwnerAlias: .init(rawValue: "self"),
            pageNumber: 2, pageSize: 50,
            tag: [.init(key: "env", value: "prod"), .init(key: "team")],
            filter: [.init(key: "CreationStartTime", value: "2024-01-01T00:00Z")], imageOwnerId: 1_234_567_890_123)
        let items = try Self.items(request)
        #expect(
            items == [
                "RegionId=cn-hangzhou", "Status=Available", "ImageOwnerAlias=self", "PageNumber=2", "PageSize=50",
                "Tag.1.Key=env", "Tag.1.Value=prod", "Tag.2.Key=team", "Filter.1.Key=CreationStartTime",
                "Filter.1.Value=2024-01-01T00:00Z", "ImageOwnerId=1234567890123",
            ], "\(items)")
    }

    @Test("CreateImage: a repeat list of objects beside tags")
    func createImage() throws {
        let request = CreateImageRequest(
            regionId: "cn-hangzhou", snapshotId: "s-1", imageName: "web",
            diskDeviceMapping: [.init(snapshotId: "s-1", size: 40), .init(size: 100, device: "/dev/xvdb")],
            tag: [.init(key: "k", value: "v")])
        let items = try Self.items(request)
        #expect(items.first == "RegionId=cn-hangzhou")
        #expect(items.contains("DiskDeviceMapping.1.Size=40"))
        #expect(items.contains("DiskDeviceMapping.1.SnapshotId=s-1"))
        #expect(items.contains("DiskDeviceMapping.2.Size=100"))
        #expect(items.contains("DiskDeviceMapping.2.Device=/dev/xvdb"))
        // The metadata has both `Key` and a deprecated `key`: the plain name is the current one.
        #expect(items.contains("Tag.1.Key=k"))
        #expect(items.contains("Tag.1.Value=v"))
        #expect(!items.contains { $0.hasPrefix("DiskDeviceMapping.3") })
    }

    @Test("DescribeRegions: only what is set")
    func describeRegions() throws {
        #expect(try Self.items(DescribeRegionsRequest()) == [])
        #expect(
            try Self.items(
                DescribeRegionsRequest(
                    instanceChargeType: .init(rawValue: "PrePaid"), acceptLanguage: .init(rawValue: "en-US")))
                == ["InstanceChargeType=PrePaid", "AcceptLanguage=en-US"])
    }

    @Test("RunInstances: a flattened object, lists of scalars and of objects, numbers")
    func runInstances() throws {
        let request = RunInstancesRequest(
            regionId: "cn-hangzhou", imageId: "m-1", instanceType: "ecs.g7.large", amount: 2,
            spotPriceLimit: 0.98, securityGroupIds: ["sg-1", "sg-2"],
            dataDisk: [.init(size: 40, category: .init(rawValue: "cloud_essd"))], tag: [.init(key: "k", value: "v")],
            systemDisk: .init(storageClusterId: "dbsc-1", provisionedIops: 40_000, burstingEnabled: true))
        #expect(
            try Self.items(request) == [
                "RegionId=cn-hangzhou", "ImageId=m-1", "InstanceType=ecs.g7.large", "Amount=2", "SpotPriceLimit=0.98",
                "SecurityGroupIds.1=sg-1", "SecurityGroupIds.2=sg-2", "DataDisk.1.Size=40",
                "DataDisk.1.Category=cloud_essd", "Tag.1.Key=k", "Tag.1.Value=v", "SystemDisk.StorageClusterId=dbsc-1",
                "SystemDisk.ProvisionedIops=40000", "SystemDisk.BurstingEnabled=true",
            ])
    }

    @Test("RunCommand: a JSON-style free-form object is one JSON string with sorted keys")
    func runCommand() throws {
        let request = RunCommandRequest(
            regionId: "cn-hangzhou", type: .init(rawValue: "RunShellScript"), commandContent: "echo {{name}}",
            parameters: .object(["name": .string("world"), "count": .integer(2)]), instanceId: ["i-1"])
        let items = try Self.items(request)
        #expect(items.contains(#"Parameters={"count":2,"name":"world"}"#))
        #expect(items.contains("InstanceId.1=i-1"))
    }
}
