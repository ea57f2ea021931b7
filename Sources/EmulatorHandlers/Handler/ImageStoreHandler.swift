import AliyunECSImages
import AliyunECSImagesServer

/// The emulated operations: ModifyImageAttribute and DescribeImages on the image store; every other
/// operation of the SDK answers with its documented example (the generated defaults).
public struct ImageStoreHandler: ECSHandler {
    /// The images.
    public var store: ImageStore

    /// A handler over a store.
    public init(store: ImageStore) {
        self.store = store
    }

    /// Changes the image as ``ImageStore/modify(_:)`` documents.
    public func modifyImageAttribute(
        _ request: ModifyImageAttributeRequest
    ) async throws -> ModifyImageAttributeResponse {
        try await store.modify(request)
        return ModifyImageAttributeResponse()
    }

    /// Lists images by region, IDs, statuses, name and family, a page at a time.
    public func describeImages(_ request: DescribeImagesRequest) async throws -> DescribeImagesResponse {
        if request.dryRun == true { throw ImageError.dryRun }
        let page = try await store.describe(
            ImageQuery(
                regionId: request.regionId, imageIds: ImageQuery.list(request.imageId),
                statuses: ImageQuery.list(request.status?.rawValue), imageName: request.imageName,
                imageFamily: request.imageFamily, pageNumber: request.pageNumber ?? 1,
                pageSize: request.pageSize ?? 10))
        return DescribeImagesResponse(
            pageSize: page.pageSize, pageNumber: page.pageNumber, totalCount: page.totalCount,
            regionId: request.regionId, images: Images(image: page.images.map(Self.row)))
    }

    private typealias Images = DescribeImagesResponse.Images

    private static func row(_ image: EmulatedImage) -> Images.Image {
        Images.Image(
            creationTime: image.creationTime, status: .init(rawValue: image.status), imageFamily: image.imageFamily,
            progress: image.status == EmulatedImage.Status.creating.rawValue ? "50%" : "100%",
            imageOwnerAlias: .init(rawValue: image.ownerAlias),
            description: image.description, size: image.size, imageName: image.imageName, imageId: image.imageId,
            osType: image.osType, architecture: image.architecture, bootMode: .init(rawValue: image.bootMode),
            isPublic: image.isPublic, imageOwnerId: image.ownerId,
            features: Images.Image.Features(nvmeSupport: image.nvmeSupport.map { .init(rawValue: $0) }))
    }
}
