/// The DescribeImages filters the emulator honours: region, IDs, statuses, name, family and paging.
public struct ImageQuery: Sendable, Hashable {
    /// The region.
    public var regionId: String
    /// Image IDs (the parameter is a comma-separated list); empty means any.
    public var imageIds: [String]
    /// Statuses (comma-separated); empty means `Available`, as documented.
    public var statuses: [String]
    /// An exact name.
    public var imageName: String?
    /// An exact family.
    public var imageFamily: String?
    /// The 1-based page; default 1.
    public var pageNumber: Int
    /// Rows per page, 1 to 100; default 10.
    public var pageSize: Int

    /// Creates a query.
    public init(
        regionId: String, imageIds: [String] = [], statuses: [String] = [], imageName: String? = nil,
        imageFamily: String? = nil, pageNumber: Int = 1, pageSize: Int = 10
    ) {
        self.regionId = regionId
        self.imageIds = imageIds
        self.statuses = statuses
        self.imageName = imageName
        self.imageFamily = imageFamily
        self.pageNumber = pageNumber
        self.pageSize = pageSize
    }

    /// The values of a comma-separated parameter, trimmed, empty ones dropped.
    public static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// One page of DescribeImages.
public struct ImagePage: Sendable, Hashable {
    /// The images of the page.
    public var images: [EmulatedImage]
    /// How many images match in all.
    public var totalCount: Int
    /// The page number.
    public var pageNumber: Int
    /// The page size.
    public var pageSize: Int
}
