import EmulatorSupport
import Foundation

/// What the image store knows: the account and its images. `ecs-emulator --state FILE` (and `aliyun-emulator
/// --images FILE`) reads it as JSON:
///
/// ```json
/// {
///   "account": {"accountId": 1234567890123456, "imageFamilyQuota": 100, "imagesPerFamilyQuota": 50},
///   "images": [{"imageId": "m-1", "regionId": "cn-hangzhou", "imageName": "web", "status": "Available"}]
/// }
/// ```
///
/// `account` may be left out; each image needs `imageId` and `regionId` (see ``EmulatedImage``).
public struct EmulatorState: Sendable, Hashable, StateDocument {
    /// The account served.
    public var account: EmulatorAccount
    /// The images.
    public var images: [EmulatedImage]

    /// Creates a state.
    public init(account: EmulatorAccount = EmulatorAccount(), images: [EmulatedImage] = []) {
        self.account = account
        self.images = images
    }

    private enum CodingKeys: String, CodingKey { case account, images }

    /// Reads a state; `account` defaults, `images` is required.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        account = try c.decodeIfPresent(EmulatorAccount.self, forKey: .account) ?? EmulatorAccount()
        images = try c.decode([EmulatedImage].self, forKey: .images)
    }

    /// The state's problems, each naming the image it is about: a repeated ID in a region, an unknown
    /// status, a negative count or quota.
    public var problems: [String] {
        var problems: [String] = []
        var seen = Set<String>()
        if account.imageFamilyQuota < 0 || account.imagesPerFamilyQuota < 0 {
            problems.append("account: quotas must not be negative")
        }
        for (index, image) in images.enumerated() {
            let label = "images[\(index)] (\(image.imageId))"
            if !seen.insert(image.regionId + "/" + image.imageId).inserted {
                problems.append("\(label): the ID is used twice in \(image.regionId)")
            }
            if !EmulatedImage.statuses.contains(image.status) {
                problems.append(
                    "\(label): status \"\(image.status)\" is not one of "
                        + EmulatedImage.statuses.sorted().joined(separator: ", "))
            }
            if image.sharedWithAccounts < 0 || image.instancesUsing < 0 {
                problems.append("\(label): counts must not be negative")
            }
        }
        return problems
    }
}

/// The ECS emulator's state file: ``EmulatorState`` as JSON, written atomically.
public typealias StateFile = JSONStateFile<EmulatorState>
