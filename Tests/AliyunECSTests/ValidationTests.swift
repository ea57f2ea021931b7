import AliyunECSImages
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
        ] as [(ModifyImageAttributeRequest, String, String, String)])
    func rejected(request: ModifyImageAttributeRequest, path: String, rule: String, code: String) {
        let found = violations(request)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.path == path)
        #expect(found.first?.rule == rule)
        #expect(found.first?.serverErrorCode == code)
        #expect(found.first?.documentation.isEmpty == false)
    }

    /// Open enums stay open: a value the documentation does not list (the service added it after the SDK was
    /// generated) is the caller's explicit choice, checked by nothing but the service.
    @Test("undocumented enum values pass validation, are recorded, and are sent verbatim")
    func undocumentedValues() async throws {
        let request = ModifyImageAttributeRequest(
            regionId: "r", imageId: "m", status: .undocumented("Archived"), bootMode: .undocumented("Legacy"),
            licenseType: .undocumented("Auto"),
            features: .init(nvmeSupport: .supported, imdsSupport: .undocumented("v3")))
        #expect(violations(request).isEmpty)
        var validator = RequestValidator()
        request.validate(into: &validator, prefix: "")
        #expect(
            validator.undocumentedValues.map(\.path) == ["Status", "BootMode", "LicenseType", "Features.ImdsSupport"])
        #expect(validator.undocumentedValues.map(\.value) == ["Archived", "Legacy", "Auto", "v3"])
        let caller = RecordingCaller()
        _ = try await ECSClient(caller: caller).modifyImageAttribute(request)
        let sent = try #require(await caller.calls.first).parameters
        let values = Dictionary(sent.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(values["Status"] == "Archived" && values["BootMode"] == "Legacy" && values["LicenseType"] == "Auto")
        #expect(values["Features.ImdsSupport"] == "v3" && values["Features.NvmeSupport"] == "supported")
    }

    @Test("substrings are checked anywhere")
    func otherRules() {
        let link = violations(ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "ab-http://x"))
        #expect(link.map(\.rule).contains("forbiddenSubstrings"))
    }

    @Test("every violation is reported at once, in parameter order")
    func all() {
        let found = violations(
            ModifyImageAttributeRequest(
                regionId: "", imageId: "", imageName: "1", description: "h",
                features: .init(nvmeSupport: .undocumented("x"))))
        #expect(found.map(\.path) == ["RegionId", "ImageId", "ImageName", "ImageName", "Description"])
        #expect(found.map(\.rule) == ["required", "required", "length", "firstCharacter", "length"])
    }

    @Test("by default the client blocks a broken stable rule and sends one that may be stale")
    func clientValidation() async throws {
        let caller = RecordingCaller()
        let malformed = ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "1x")
        await #expect(throws: RequestValidationError.self) {
            try await ECSClient(caller: caller).modifyImageAttribute(malformed)
        }
        #expect(await caller.calls.isEmpty)
        let short = ModifyImageAttributeRequest(regionId: "r", imageId: "m", imageName: "x")
        _ = try await ECSClient(caller: caller).modifyImageAttribute(short)
        #expect(await caller.calls.count == 1)
        await #expect(throws: RequestValidationError.self) {
            try await ECSClient(caller: caller, validation: ValidationPolicy(mode: .enforce)).modifyImageAttribute(
                short)
        }
        _ = try await ECSClient(caller: caller, validation: ValidationPolicy(mode: .off)).modifyImageAttribute(
            malformed)
        _ = try await ECSClient(caller: caller).modifyImageAttribute(malformed, options: CallOptions(validation: .warn))
        #expect(await caller.calls.count == 3)
    }

    @Test("off sends exactly what enforce sends for a valid request: nothing extra")
    func offSendsNothingExtra() async throws {
        let caller = RecordingCaller()
        let request = ModifyImageAttributeRequest(
            regionId: "r", imageId: "m", imageName: "good-name", status: .available)
        _ = try await ECSClient(caller: caller, validation: ValidationPolicy(mode: .enforce)).modifyImageAttribute(
            request)
        _ = try await ECSClient(caller: caller, validation: ValidationPolicy(mode: .off)).modifyImageAttribute(request)
        let calls = await caller.calls
        #expect(calls.count == 2)
        #expect(calls.first?.parameters == calls.last?.parameters)
    }

    @Test("an undocumented enum value passes validation in every mode and goes into the query verbatim")
    func undocumentedValue() async throws {
        let caller = RecordingCaller()
        let request = ModifyImageAttributeRequest(regionId: "r", imageId: "m", status: .undocumented("Retired"))
        for mode in ValidationMode.allCases {
            _ = try await ECSClient(caller: caller, validation: ValidationPolicy(mode: mode)).modifyImageAttribute(
                request)
        }
        let calls = await caller.calls
        #expect(calls.count == ValidationMode.allCases.count)
        #expect(calls.allSatisfy { $0.parameters.contains(RPCQueryItem(name: "Status", value: "Retired")) })
        let decoded = try ModifyImageAttributeRequest(
            from: RPCQueryDecoder(items: try #require(calls.first).parameters))
        #expect(decoded.status == .undocumented("Retired"))
        #expect(decoded == request)
    }
}
