import AliyunECS
import AliyunRuntime
import Testing

@Suite("Generated validation")
struct ValidationTests {
    func violations(_ request: ModifyImageAttributeRequest) -> [ValidationViolation] {
        do {
            try request.validate()
            return []
        } catch {
            return error.violations
        }
    }

    @Test("every documented example passes")
    func examples() throws {
        try ExampleRequest.full.validate()
        try ModifyImageAttributeRequest(regionId: "cn-hangzhou", imageId: "m-1").validate()
        for status in ModifyImageAttributeRequest.Status.documentedCases {
            try ModifyImageAttributeRequest(regionId: "r", imageId: "m", status: status).validate()
        }
        for mode in ModifyImageAttributeRequest.BootMode.documentedCases {
            try ModifyImageAttributeRequest(regionId: "r", imageId: "m", bootMode: mode).validate()
        }
        try ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "镜像-2024_v1.0:a").validate()
    }

    @Test(
        "each rule is rejected with its path, rule and server error code",
        arguments: [
            (ModifyImageAttributeRequest(regionId: "", imageId: "m"), "RegionId", "required", "MissingParameter"),
            (ModifyImageAttributeRequest(regionId: "r", imageId: ""), "ImageId", "required", "MissingParameter"),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "a"), "ImageName", "length",
                "InvalidImageName.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: String(repeating: "a", count: 129)),
                "ImageName", "length", "InvalidImageName.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "1abc"), "ImageName",
                "firstCharacter",
                "InvalidImageName.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "ab cd"), "ImageName",
                "allowedCharacters", "InvalidImageName.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "aliyunImage"), "ImageName",
                "forbiddenPrefixes", "InvalidImageName.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageFamily: "fam ily"), "ImageFamily",
                "allowedCharacters", "InvalidImageFamily.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", description: "x"), "Description", "length",
                "InvalidDescription.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", description: "https://example.com"),
                "Description", "forbiddenPrefixes", "InvalidDescription.Malformed"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", bootMode: .undocumented("Legacy")), "BootMode",
                "allowedValues", "InvalidBootMode.NotSupport"
            ),
            (
                ModifyImageAttributeRequest(regionId: "r", imageId: "m", licenseType: .undocumented("Auto")),
                "LicenseType", "allowedValues", "InvalidLicenseType.NotSupported"
            ),
            (
                ModifyImageAttributeRequest(
                    regionId: "r", imageId: "m", features: .init(imdsSupport: .undocumented("v3"))),
                "Features.ImdsSupport", "allowedValues", "InvalidParameter.FeaturesImdsSupport"
            ),
        ] as [(ModifyImageAttributeRequest, String, String, String)])
    func rejected(request: ModifyImageAttributeRequest, path: String, rule: String, code: String) {
        let found = violations(request)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.path == path)
        #expect(found.first?.rule == rule)
        #expect(found.first?.serverErrorCode == code)
        #expect(found.first?.documentation.isEmpty == false)
    }

    @Test("a rule without a documented code says so; substrings are checked anywhere")
    func otherRules() {
        let status = violations(ModifyImageAttributeRequest(regionId: "r", imageId: "m", status: .undocumented("Gone")))
        #expect(status.map(\.rule) == ["allowedValues"])
        #expect(status.first?.serverErrorCode == nil)
        let link = violations(ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "ab-http://x"))
        #expect(link.map(\.rule).contains("forbiddenSubstrings"))
    }

    @Test("every violation is reported at once, in parameter order")
    func all() {
        let found = violations(
            ModifyImageAttributeRequest(
                regionId: "", imageId: "", imageName: "1", description: "h",
                features: .init(nvmeSupport: .undocumented("x"))))
        #expect(
            found.map(\.path) == [
                "RegionId", "ImageId", "ImageName", "ImageName", "Description", "Features.NvmeSupport",
            ])
        #expect(found.map(\.rule) == ["required", "required", "length", "firstCharacter", "length", "allowedValues"])
    }

    @Test("the client validates before sending, and can be told not to")
    func clientValidation() async throws {
        let caller = RecordingCaller()
        let bad = ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "x")
        await #expect(throws: RequestValidationError.self) {
            try await ECSClient(caller: caller).modifyImageAttribute(bad)
        }
        #expect(await caller.calls.isEmpty)
        _ = try await ECSClient(caller: caller, validatesRequests: false).modifyImageAttribute(bad)
        #expect(await caller.calls.count == 1)
    }
}
