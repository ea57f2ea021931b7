import AliyunECSImages

/// An image as the emulator keeps it: the attributes ModifyImageAttribute changes and DescribeImages
/// reports, and the facts about its surroundings that decide which documented error a change meets.
///
/// A state file (`--state FILE`) holds these as JSON, keyed as below; every field but `imageId` and
/// `regionId` has a default, so a seed can be as short as `{"imageId": "m-1", "regionId": "cn-hangzhou"}`.
public struct EmulatedImage: Sendable, Hashable, Codable {
    /// `m-…`.
    public var imageId: String
    /// The region the image lives in; a call in another region does not find it.
    public var regionId: String
    /// The name; unique among the account's images in the region.
    public var imageName: String?
    /// The image family, if any.
    public var imageFamily: String?
    /// `Available`, `Deprecated`, `Creating`, `Waiting`, `UnAvailable` or `CreateFailed`.
    public var status: String
    /// The description.
    public var description: String?
    /// `BIOS`, `UEFI` or `UEFI-Preferred`.
    public var bootMode: String
    /// The boot modes the image's operating system can start in.
    public var supportedBootModes: [String]
    /// `BYOL` or nil.
    public var licenseType: String?
    /// Whether the platform allows bring-your-own-license (Windows Server and some Linux do not).
    public var supportsBYOL: Bool
    /// `supported` or `unsupported`.
    public var nvmeSupport: String?
    /// `v1` or `v2`.
    public var imdsSupport: String?
    /// How many accounts the image is shared with.
    public var sharedWithAccounts: Int
    /// How many instances run from the image.
    public var instancesUsing: Int
    /// The account that owns the image.
    public var ownerId: Int64
    /// Whether the image is a community image (published for every account).
    public var isPublic: Bool
    /// `self`, `others`, `system`, `marketplace`.
    public var ownerAlias: String
    /// `linux` or `windows`.
    public var osType: String
    /// `x86_64` or `arm64`.
    public var architecture: String
    /// The creation time, ISO 8601 in UTC.
    public var creationTime: String
    /// The size in GiB.
    public var size: Int

    /// Creates an image; unspecified facts are those of a fresh, idle, private custom image.
    public init(
        imageId: String, regionId: String, imageName: String? = nil, imageFamily: String? = nil,
        status: String = "Available", description: String? = nil, bootMode: String = "BIOS",
        supportedBootModes: [String] = ["BIOS", "UEFI", "UEFI-Preferred"], licenseType: String? = nil,
        supportsBYOL: Bool = true, nvmeSupport: String? = nil, imdsSupport: String? = nil,
        sharedWithAccounts: Int = 0, instancesUsing: Int = 0, ownerId: Int64 = EmulatorAccount.defaultId,
        isPublic: Bool = false, ownerAlias: String = "self", osType: String = "linux",
        architecture: String = "x86_64", creationTime: String = "2026-01-01T00:00:00Z", size: Int = 40
    ) {
        self.imageId = imageId
        self.regionId = regionId
        self.imageName = imageName
        self.imageFamily = imageFamily
        self.status = status
        self.description = description
        self.bootMode = bootMode
        self.supportedBootModes = supportedBootModes
        self.licenseType = licenseType
        self.supportsBYOL = supportsBYOL
        self.nvmeSupport = nvmeSupport
        self.imdsSupport = imdsSupport
        self.sharedWithAccounts = sharedWithAccounts
        self.instancesUsing = instancesUsing
        self.ownerId = ownerId
        self.isPublic = isPublic
        self.ownerAlias = ownerAlias
        self.osType = osType
        self.architecture = architecture
        self.creationTime = creationTime
        self.size = size
    }

    private enum CodingKeys: String, CodingKey {
        case imageId, regionId, imageName, imageFamily, status, description, bootMode, supportedBootModes
        case licenseType, supportsBYOL, nvmeSupport, imdsSupport, sharedWithAccounts, instancesUsing, ownerId
        case isPublic, ownerAlias, osType, architecture, creationTime, size
    }

    /// Reads an image from a state file: `imageId` and `regionId` are required, the rest default as in
    /// `init`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = EmulatedImage(
            imageId: try c.decode(String.self, forKey: .imageId), regionId: try c.decode(String.self, forKey: .regionId)
        )
        self = defaults
        imageName = try c.decodeIfPresent(String.self, forKey: .imageName)
        imageFamily = try c.decodeIfPresent(String.self, forKey: .imageFamily)
        status = try c.decodeIfPresent(String.self, forKey: .status) ?? defaults.status
        description = try c.decodeIfPresent(String.self, forKey: .description)
        bootMode = try c.decodeIfPresent(String.self, forKey: .bootMode) ?? defaults.bootMode
        supportedBootModes =
            try c.decodeIfPresent([String].self, forKey: .supportedBootModes) ?? defaults.supportedBootModes
        licenseType = try c.decodeIfPresent(String.self, forKey: .licenseType)
        supportsBYOL = try c.decodeIfPresent(Bool.self, forKey: .supportsBYOL) ?? defaults.supportsBYOL
        nvmeSupport = try c.decodeIfPresent(String.self, forKey: .nvmeSupport)
        imdsSupport = try c.decodeIfPresent(String.self, forKey: .imdsSupport)
        sharedWithAccounts = try c.decodeIfPresent(Int.self, forKey: .sharedWithAccounts) ?? 0
        instancesUsing = try c.decodeIfPresent(Int.self, forKey: .instancesUsing) ?? 0
        ownerId = try c.decodeIfPresent(Int64.self, forKey: .ownerId) ?? defaults.ownerId
        isPublic = try c.decodeIfPresent(Bool.self, forKey: .isPublic) ?? false
        ownerAlias = try c.decodeIfPresent(String.self, forKey: .ownerAlias) ?? defaults.ownerAlias
        osType = try c.decodeIfPresent(String.self, forKey: .osType) ?? defaults.osType
        architecture = try c.decodeIfPresent(String.self, forKey: .architecture) ?? defaults.architecture
        creationTime = try c.decodeIfPresent(String.self, forKey: .creationTime) ?? defaults.creationTime
        size = try c.decodeIfPresent(Int.self, forKey: .size) ?? defaults.size
    }

    /// The statuses an image can be in: DescribeImages' documented values, from the generated SDK.
    public static let statuses = Set(Status.documentedCases.map(\.rawValue))

    /// An image's status as the generated SDK spells it.
    public typealias Status = DescribeImagesRequest.Status
}
