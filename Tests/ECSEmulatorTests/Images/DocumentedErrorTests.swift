import AliyunECSImages
import AliyunRuntime
import ECSEmulator
import Testing

/// A state and a call that meets one documented error of ModifyImageAttribute.
struct DocumentedErrorCase: Sendable, CustomTestStringConvertible {
    init(
        caughtByValidation: Bool = false, code: ModifyImageAttributeError.Code, status: Int, images: [EmulatedImage],
        account: EmulatorAccount = EmulatorAccount(), request: ModifyImageAttributeRequest, dropping: String? = nil
    ) {
        self.caughtByValidation = caughtByValidation
        self.code = code
        self.status = status
        self.images = images
        self.account = account
        self.request = request
        self.dropping = dropping
    }

    var code: ModifyImageAttributeError.Code
    var status: Int
    var images: [EmulatedImage]
    var account: EmulatorAccount
    var request: ModifyImageAttributeRequest
    /// A parameter the call leaves out on the wire (the generated type requires it).
    var dropping: String?

    /// Whether the generated validators catch it (on the client when validation is on, on the server else).
    var caughtByValidation: Bool

    var testDescription: String { "\(code.rawValue) (\(status))" }

    static let region = EmulatorHarness.region

    static func change(
        _ id: String = "m-1", _ configure: (inout ModifyImageAttributeRequest) -> Void
    ) -> ModifyImageAttributeRequest {
        var request = ModifyImageAttributeRequest(regionId: region, imageId: id)
        configure(&request)
        return request
    }

    static let all: [DocumentedErrorCase] = [
        // From the generated validators, on the server (the client's are off).
        DocumentedErrorCase(
            caughtByValidation: true, code: .invalidImageNameMalformed, status: 400, images: [.sample("m-1")],
            request: change { $0.imageName = "1-starts-with-a-digit" }),
        DocumentedErrorCase(
            caughtByValidation: true, code: .invalidDescriptionMalformed, status: 400, images: [.sample("m-1")],
            request: change { $0.description = "http://example.com" }),
        DocumentedErrorCase(
            caughtByValidation: true, code: .invalidImageFamilyMalformed, status: 400, images: [.sample("m-1")],
            request: change { $0.imageFamily = "acs:family" }),
        // An undocumented enum value passes the validators (open enums stay open); the store refuses it.
        DocumentedErrorCase(
            code: .invalidParameterFeaturesImdsSupport, status: 400, images: [.sample("m-1")],
            request: change { $0.features = .init(imdsSupport: .undocumented("v3")) }),
        // From the generated decoder.
        DocumentedErrorCase(
            code: .missingParameter, status: 400, images: [.sample("m-1")], request: change { _ in },
            dropping: "RegionId"),
        // From the image store.
        DocumentedErrorCase(
            code: .invalidImageIdNotFound, status: 404,
            images: [.sample("m-1") { $0.regionId = "cn-beijing" }], request: change { $0.imageName = "renamed" }),
        DocumentedErrorCase(
            code: .invalidOperationPublicImageUnsupported, status: 403,
            images: [
                .sample("m-1") {
                    $0.isPublic = true; $0.ownerId = 42; $0.ownerAlias = "others"
                }
            ],
            request: change { $0.description = "mine now" }),
        DocumentedErrorCase(
            code: .invalidStatusImageIsCreating, status: 403, images: [.sample("m-1", status: "Creating")],
            request: change { $0.imageName = "renamed" }),
        DocumentedErrorCase(
            code: .invalidImageNameDuplicated, status: 400, images: [.sample("m-1"), .sample("m-2", name: "taken")],
            request: change { $0.imageName = "taken" }),
        DocumentedErrorCase(
            code: .invalidDescriptionMalformed, status: 403, images: [.sample("m-1")],
            request: change { $0.description = "    " }),
        DocumentedErrorCase(
            code: .imageFamilyQuotaFull, status: 400, images: [.sample("m-1"), .sample("m-2", family: "family-a")],
            account: EmulatorAccount(imageFamilyQuota: 1), request: change { $0.imageFamily = "family-b" }),
        DocumentedErrorCase(
            code: .imageQuotaFullImageFamily, status: 400,
            images: [.sample("m-1"), .sample("m-2", family: "family-a")],
            account: EmulatorAccount(imagesPerFamilyQuota: 1), request: change { $0.imageFamily = "family-a" }),
        DocumentedErrorCase(
            code: .invalidBootModeNotSupport, status: 400,
            images: [
                .sample("m-1") {
                    $0.bootMode = "UEFI"; $0.supportedBootModes = ["UEFI"]
                }
            ],
            request: change { $0.bootMode = .bios }),
        DocumentedErrorCase(
            code: .operationDeinedImageUsingByInstance, status: 403, images: [.sample("m-1") { $0.instancesUsing = 3 }],
            request: change { $0.bootMode = .uefi }),
        DocumentedErrorCase(
            code: .invalidLicenseTypeNotSupported, status: 400, images: [.sample("m-1") { $0.supportsBYOL = false }],
            request: change { $0.licenseType = .byol }),
        DocumentedErrorCase(
            code: .invalidOperationFeaturesImdsSupportNotMatch, status: 403,
            images: [.sample("m-1") { $0.imdsSupport = "v2" }],
            request: change { $0.features = .init(imdsSupport: .v1) }),
        DocumentedErrorCase(
            code: .imageStatusNotAvailable, status: 403, images: [.sample("m-1", status: "UnAvailable")],
            request: change { $0.status = .deprecated }),
        DocumentedErrorCase(
            code: .imageUseShared, status: 403, images: [.sample("m-1") { $0.sharedWithAccounts = 2 }],
            request: change { $0.status = .deprecated }),
        DocumentedErrorCase(
            code: .imageStatusNotDeprecated, status: 403, images: [.sample("m-1")],
            request: change { $0.status = .available }),
    ]
}

/// Leaves one parameter out of every call, to reach what the generated request type cannot express.
struct DroppingCaller: RPCCaller {
    var base: any RPCCaller
    var parameter: String

    func call(_ call: RPCCall) async throws -> RPCReply {
        var call = call
        call.parameters.removeAll { $0.name == parameter }
        return try await base.call(call)
    }
}

@Suite("ModifyImageAttribute's documented errors, each met in the emulator through the generated client")
struct DocumentedErrorTests {
    @Test("every documented row (code and status) has a case")
    func everyRowIsCovered() {
        let documented = Set(
            ModifyImageAttributeError.documentedRows.map { "\($0.code.rawValue) \($0.httpStatus ?? 0)" })
        let covered = Set(DocumentedErrorCase.all.map { "\($0.code.rawValue) \($0.status)" })
        #expect(documented.count == 19)
        #expect(covered == documented)
    }

    @Test("the error surfaces as the typed error with its documented status", arguments: DocumentedErrorCase.all)
    func documentedError(_ example: DocumentedErrorCase) async throws {
        try await EmulatorHarness.with(example.images, account: example.account) { harness in
            var client = harness.client(validation: ValidationPolicy(mode: .off))
            if let dropping = example.dropping {
                client = ECSClient(
                    caller: DroppingCaller(base: client.caller, parameter: dropping),
                    validation: ValidationPolicy(mode: .off))
            }
            let before = await harness.emulator.store.state
            let error = await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await client.modifyImageAttribute(example.request)
            }
            #expect(error?.code == example.code, "\(String(describing: error?.serviceError.message))")
            #expect(error?.isDocumented == true)
            #expect(error?.serviceError.httpStatus == example.status)
            #expect(error?.serviceError.requestId?.isEmpty == false)
            let after = await harness.emulator.store.state
            #expect(after == before, "a refused change leaves the images as they were")
        }
    }

    @Test(
        "with validation on, the errors the validators know are caught before sending, with the same code",
        arguments: DocumentedErrorCase.all.filter(\.caughtByValidation))
    func caughtOnTheClient(_ example: DocumentedErrorCase) async throws {
        try await EmulatorHarness.with(example.images, account: example.account) { harness in
            let error = await #expect(throws: RequestValidationError.self) {
                _ = try await harness.client().modifyImageAttribute(example.request)
            }
            #expect(error?.violations.first?.serverErrorCode == example.code.rawValue)
            #expect(await harness.emulator.journal.all.isEmpty, "nothing reached the server")
        }
    }

    /// Open enums stay open on the client; the emulator answers an undocumented value as the service does.
    @Test("undocumented enum values pass the client's validators and reach the store, which refuses them")
    func undocumentedValues() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let client = harness.client()
            let license = await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await client.modifyImageAttribute(
                    DocumentedErrorCase.change { $0.licenseType = .undocumented("Auto") })
            }
            #expect(license?.code == .invalidLicenseTypeNotSupported)
            let status = await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await client.modifyImageAttribute(
                    DocumentedErrorCase.change { $0.status = .undocumented("Archived") })
            }
            #expect(status?.serviceError.code == "InvalidParameter")
            #expect(await harness.emulator.journal.all.count == 2, "both calls reached the emulator")
        }
    }
}
