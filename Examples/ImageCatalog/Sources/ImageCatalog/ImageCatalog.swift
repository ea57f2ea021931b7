import AliyunECSImages
import AliyunRuntime
import AliyunVPC
import ECSImages
import ECSRegions

/// A region's custom images and VPCs, read through four generated clients: `ECSImages.ECSClient`
/// (DescribeImages) and `AliyunVPC.VPCClient` (DescribeVpcs), generated at build time;
/// `ECSRegions.ECSClient` (DescribeRegions), checked in to this package; and `AliyunECSImages.ECSClient`
/// (ModifyImageAttribute), the generator package's checked-in product.
public struct ImageCatalog: Sendable {
    private let images: ECSImages.ECSClient
    private let imageAttributes: AliyunECSImages.ECSClient
    private let networks: VPCClient
    private let regionList: ECSRegions.ECSClient

    /// Creates a catalog whose ECS calls use `ecs` and whose VPC calls use `vpc`.
    public init(ecs: RPCClientConfiguration, vpc: RPCClientConfiguration) {
        images = ECSImages.ECSClient(configuration: ecs)
        imageAttributes = AliyunECSImages.ECSClient(configuration: ecs)
        networks = VPCClient(configuration: vpc)
        regionList = ECSRegions.ECSClient(configuration: ecs)
    }

    /// The IDs of the regions ECS offers.
    public func regions() async throws -> [String] {
        let response = try await regionList.describeRegions(DescribeRegionsRequest())
        return (response.regions?.region ?? []).compactMap(\.regionId)
    }

    /// The region's custom images (one page of up to `pageSize`) and its VPCs, as the generated response
    /// types describe them.
    public func inventory(region: String, pageSize: Int = 50) async throws -> Inventory {
        let images = try await images.describeImages(
            ECSImages.DescribeImagesRequest(regionId: region, imageOwnerAlias: .self_, pageSize: pageSize))
        let vpcs = try await networks.describeVpcs(DescribeVpcsRequest(regionId: region))
        return Inventory(images: images.images?.image ?? [], vpcs: vpcs.vpcs?.vpc ?? [])
    }

    /// Renames a custom image; returns the request ID of the answer.
    public func rename(image: String, to name: String, region: String) async throws -> String {
        let response = try await imageAttributes.modifyImageAttribute(
            ModifyImageAttributeRequest(regionId: region, imageId: image, imageName: name))
        return response.requestId ?? ""
    }
}

/// What `ImageCatalog.inventory(region:pageSize:)` found. `AliyunECSImages` has DescribeImages too, so its
/// types are named with their module.
public struct Inventory: Sendable, Hashable {
    /// The images, in the order the service listed them.
    public var images: [ECSImages.DescribeImagesResponse.Images.Image]
    /// The VPCs, in the order the service listed them.
    public var vpcs: [DescribeVpcsResponse.Vpcs.Vpc]
}
