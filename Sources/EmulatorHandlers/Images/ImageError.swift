import AliyunECSImages
import AliyunServerSupport

/// The documented errors the image store answers with: each code's status and message come from the
/// generated error table of ModifyImageAttribute, the one place that records them.
enum ImageError {
    typealias Code = ModifyImageAttributeError.Code

    static let notFound = documented(.invalidImageIdNotFound)
    static let publicImage = documented(.invalidOperationPublicImageUnsupported)
    static let creating = documented(.invalidStatusImageIsCreating)
    static let duplicatedName = documented(.invalidImageNameDuplicated)
    static let blankDescription = documented(.invalidDescriptionMalformed, status: 403)
    static let familyQuota = documented(.imageFamilyQuotaFull)
    static let imagesPerFamilyQuota = documented(.imageQuotaFullImageFamily)
    static let bootModeNotSupported = documented(.invalidBootModeNotSupport)
    static let bootModeInUse = documented(.operationDeinedImageUsingByInstance)
    static let licenseNotSupported = documented(.invalidLicenseTypeNotSupported)
    static let imdsValue = documented(.invalidParameterFeaturesImdsSupport)
    static let imdsDowngrade = documented(.invalidOperationFeaturesImdsSupportNotMatch)
    static let notAvailable = documented(.imageStatusNotAvailable)
    static let shared = documented(.imageUseShared)
    static let notDeprecated = documented(.imageStatusNotDeprecated)
    /// A passing dry run, as ECS reports it.
    static let dryRun = ServedError(
        status: 400, code: "DryRunOperation", message: "Request validation has been passed with DryRun flag set.")

    /// The documented row of `code`; `status` picks the row when the code is documented under several.
    static func documented(_ code: Code, status: Int? = nil) -> ServedError {
        .documented(code.rawValue, in: ModifyImageAttributeError.self, status: status, message: code.rawValue)
    }
}
