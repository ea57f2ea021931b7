import AliyunECSImages
import AliyunServerSupport

/// The emulator's images, in memory: one actor, so concurrent calls change them one at a time and no
/// update is lost. With a `persist` callback every change is handed over (to be written to the state file)
/// before the call is answered.
public actor ImageStore {
    private typealias Status = EmulatedImage.Status

    /// The account served and its quotas.
    public private(set) var account: EmulatorAccount
    private var images: [EmulatedImage]
    private let persist: (@Sendable (EmulatorState) throws -> Void)?

    /// A store seeded with a state; `persist` is called with the new state after every change.
    public init(_ state: EmulatorState, persist: (@Sendable (EmulatorState) throws -> Void)? = nil) {
        account = state.account
        images = state.images
        self.persist = persist
    }

    /// The current state: what `--persist` writes.
    public var state: EmulatorState { EmulatorState(account: account, images: images) }

    /// The image with this ID in this region, if the account can see it (its own, or a community image).
    public func image(_ imageId: String, in regionId: String) -> EmulatedImage? {
        images.first { $0.imageId == imageId && $0.regionId == regionId && isVisible($0) }
    }

    /// Replaces the whole state (tests and the control endpoint seed the store with it). When the new state
    /// cannot be persisted, the store keeps the old one, so memory and the state file agree.
    public func replace(with state: EmulatorState) throws(ServedError) {
        let before = (account, images)
        account = state.account
        images = state.images
        try save { (account, images) = before }
    }

    // MARK: DescribeImages

    /// The page of visible images that match, newest first (ties by ID), as DescribeImages answers; a page
    /// past the last is empty.
    ///
    /// - Throws: `InvalidParameter` (400) for a page so far out that its first row's offset does not fit in
    ///   an `Int` (no request value may make the server trap).
    public func describe(_ query: ImageQuery) throws(ServedError) -> ImagePage {
        let statuses = Set(query.statuses.isEmpty ? [Status.available.rawValue] : query.statuses)
        let ids = Set(query.imageIds)
        let matching = images.filter { image in
            image.regionId == query.regionId && isVisible(image) && statuses.contains(image.status)
                && (ids.isEmpty || ids.contains(image.imageId))
                && (query.imageName == nil || image.imageName == query.imageName)
                && (query.imageFamily == nil || image.imageFamily == query.imageFamily)
        }
        .sorted { ($0.creationTime, $1.imageId) > ($1.creationTime, $0.imageId) }
        let size = min(max(query.pageSize, 1), 100)
        let number = max(query.pageNumber, 1)
        let (offset, overflow) = (number - 1).multipliedReportingOverflow(by: size)
        guard !overflow else {
            throw ServedError.invalidParameter(
                message: "The specified parameter PageNumber is out of range: page \(number) of \(size) rows.")
        }
        let start = min(offset, matching.count)
        let page = Array(matching[start..<min(start + size, matching.count)])
        return ImagePage(images: page, totalCount: matching.count, pageNumber: number, pageSize: size)
    }

    // MARK: ModifyImageAttribute

    /// Applies a decoded, validated ModifyImageAttribute call as the operation documents it, or throws the documented error; a dry run
    /// checks everything and throws `DryRunOperation`. The rules, in the order checked:
    ///
    /// 1. `InvalidImageId.NotFound` (404): no image with the ID in the region that the account can see.
    /// 2. `InvalidOperation.PublicImageUnsupported` (403): a community image another account published.
    /// 3. `InvalidStatus.ImageIsCreating` (403): the image is `Creating` or `Waiting`.
    /// 4. `InvalidImageName.Duplicated` (400): another image of the account in the region has the name.
    /// 5. `InvalidDescription.Malformed` (403): a description of white space only (well formed, so the
    ///    validators pass it, but empty of meaning).
    /// 6. `ImageFamilyQuotaFull` (400): a new family when the region holds `imageFamilyQuota` families;
    ///    `ImageQuotaFull.ImageFamily` (400): a family already holding `imagesPerFamilyQuota` images.
    /// 7. `InvalidBootMode.NotSupport` (400): a boot mode the image cannot start in;
    ///    `OperationDeined.ImageUsingByInstance` (403): another boot mode while instances use the image.
    /// 8. `InvalidLicenseType.NotSupported` (400): `BYOL` on a platform without it, or a license type the
    ///    documentation does not list (the generated validators let undocumented enum values through).
    /// 9. `InvalidParameter.FeaturesImdsSupport` (400): an IMDS value other than `v1`/`v2`;
    ///    `InvalidOperation.FeaturesImdsSupportNotMatch` (403): `v1` on an image at `v2`.
    /// 10. `ImageStatus.NotAvailable` (403): deprecating an image that is not `Available`;
    ///     `ImageUseShared` (403): deprecating an image shared with other accounts;
    ///     `ImageStatus.NotDeprecated` (403): making `Available` an image that is not `Deprecated`;
    ///     `InvalidParameter` (400): a status the documentation does not list.
    ///
    /// The malformed name, family and description (400) and `MissingParameter` come from the generated
    /// validators and decoder before the store is asked.
    public func modify(_ change: ModifyImageAttributeRequest) throws(ServedError) {
        guard
            let index = images.firstIndex(where: {
                $0.imageId == change.imageId && $0.regionId == change.regionId && isVisible($0)
            })
        else { throw ImageError.notFound }
        var image = images[index]
        if image.isPublic && image.ownerId != account.accountId { throw ImageError.publicImage }
        if [Status.creating.rawValue, Status.waiting.rawValue].contains(image.status) { throw ImageError.creating }
        if let name = change.imageName, name != image.imageName,
            images.contains(where: {
                $0.regionId == image.regionId && $0.ownerId == account.accountId && $0.imageName == name
            })
        {
            throw ImageError.duplicatedName
        }
        if let description = change.description, description.allSatisfy(\.isWhitespace) {
            throw ImageError.blankDescription
        }
        if let family = change.imageFamily, family != image.imageFamily { try checkQuota(joining: family, in: image) }
        if let mode = change.bootMode?.rawValue {
            guard image.supportedBootModes.contains(mode) else { throw ImageError.bootModeNotSupported }
            if mode != image.bootMode && image.instancesUsing > 0 { throw ImageError.bootModeInUse }
        }
        switch change.licenseType {
        case .byol? where !image.supportsBYOL, .undocumented?: throw ImageError.licenseNotSupported
        default: break
        }
        if let imds = change.features?.imdsSupport?.rawValue {
            guard imds == "v1" || imds == "v2" else { throw ImageError.imdsValue }
            if imds == "v1" && image.imdsSupport == "v2" { throw ImageError.imdsDowngrade }
        }
        switch change.status {
        case .deprecated?:
            guard image.status == Status.available.rawValue else { throw ImageError.notAvailable }
            guard image.sharedWithAccounts == 0 else { throw ImageError.shared }
        case .available?:
            guard image.status == Status.deprecated.rawValue else { throw ImageError.notDeprecated }
        case .undocumented?:
            throw ServedError.invalidParameter("Status")
        case nil:
            break
        }
        if change.dryRun == true { throw ImageError.dryRun }
        image.imageName = change.imageName ?? image.imageName
        image.status = change.status?.rawValue ?? image.status
        image.imageFamily = change.imageFamily ?? image.imageFamily
        image.bootMode = change.bootMode?.rawValue ?? image.bootMode
        image.licenseType = change.licenseType?.rawValue ?? image.licenseType
        image.description = change.description ?? image.description
        image.nvmeSupport = change.features?.nvmeSupport?.rawValue ?? image.nvmeSupport
        image.imdsSupport = change.features?.imdsSupport?.rawValue ?? image.imdsSupport
        let before = images[index]
        images[index] = image
        try save { images[index] = before }
    }

    private func checkQuota(joining family: String, in image: EmulatedImage) throws(ServedError) {
        let own = images.filter { $0.regionId == image.regionId && $0.ownerId == account.accountId }
        let members = own.filter { $0.imageFamily == family }.count
        if members == 0 {
            let families = Set(own.compactMap(\.imageFamily))
            if families.count >= account.imageFamilyQuota { throw ImageError.familyQuota }
        } else if members >= account.imagesPerFamilyQuota {
            throw ImageError.imagesPerFamilyQuota
        }
    }

    private func isVisible(_ image: EmulatedImage) -> Bool {
        image.ownerId == account.accountId || image.isPublic
    }

    /// Persists the state; when that fails, `undo` takes the change back, so memory and the state file agree.
    private func save(undo: () -> Void) throws(ServedError) {
        guard let persist else { return }
        do {
            try persist(state)
        } catch {
            undo()
            throw ServedError(status: 500, code: "InternalError", message: "the state file was not written: \(error)")
        }
    }
}
