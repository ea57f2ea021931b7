/// The account the emulator serves, and its quotas.
public struct EmulatorAccount: Sendable, Hashable, Codable {
    /// The account ID every image belongs to unless its state says otherwise.
    public static let defaultId: Int64 = 1_234_567_890_123_456

    /// The calling account's ID: images with another `ownerId` are someone else's.
    public var accountId: Int64
    /// How many image families one region may hold (`ImageFamilyQuotaFull` beyond it).
    public var imageFamilyQuota: Int
    /// How many images one family may hold (`ImageQuotaFull.ImageFamily` beyond it).
    public var imagesPerFamilyQuota: Int

    /// Creates an account; the quotas default to ECS's documented ones (families per region, images per family).
    public init(accountId: Int64 = Self.defaultId, imageFamilyQuota: Int = 100, imagesPerFamilyQuota: Int = 50) {
        self.accountId = accountId
        self.imageFamilyQuota = imageFamilyQuota
        self.imagesPerFamilyQuota = imagesPerFamilyQuota
    }

    private enum CodingKeys: String, CodingKey { case accountId, imageFamilyQuota, imagesPerFamilyQuota }

    /// Reads an account; every field defaults as in `init`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = EmulatorAccount()
        accountId = try c.decodeIfPresent(Int64.self, forKey: .accountId) ?? defaults.accountId
        imageFamilyQuota = try c.decodeIfPresent(Int.self, forKey: .imageFamilyQuota) ?? defaults.imageFamilyQuota
        imagesPerFamilyQuota =
            try c.decodeIfPresent(Int.self, forKey: .imagesPerFamilyQuota) ?? defaults.imagesPerFamilyQuota
    }
}
