import AliyunECSImages
import AliyunRuntime
import ECSEmulator
import Foundation
import Testing

@Suite("The emulator's gateway: signatures, keys, clocks, nonces and tokens checked as Alibaba Cloud checks them")
struct GatewayTests {
    static let call = ModifyImageAttributeRequest(regionId: EmulatorHarness.region, imageId: "m-1", description: "x-y")

    /// The error a call meets, as the generated client reports it.
    func failure(_ client: ECSClient) async -> ModifyImageAttributeError? {
        await #expect(throws: ModifyImageAttributeError.self) { _ = try await client.modifyImageAttribute(Self.call) }
    }

    @Test("V3 and V1 signed calls are served", arguments: [SignatureVersion.v3, .v1])
    func served(_ version: SignatureVersion) async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            _ = try await harness.client(signatureVersion: version).modifyImageAttribute(Self.call)
            let entry = try #require(await harness.emulator.journal.all.first)
            #expect(entry.signatureVersion == (version == .v3 ? "v3" : "v1"))
            #expect(entry.status == 200)
        }
    }

    @Test("a wrong secret is SignatureDoesNotMatch (400), in V3 and V1", arguments: [SignatureVersion.v3, .v1])
    func wrongSecret(_ version: SignatureVersion) async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let forged = Credentials(accessKeyId: EmulatorHarness.key.accessKeyId, accessKeySecret: "guessed")
            let error = await failure(harness.client(credentials: forged, signatureVersion: version))
            #expect(error?.code.rawValue == "SignatureDoesNotMatch")
            #expect(error?.serviceError.httpStatus == 400)
            #expect(error?.isDocumented == false)
            #expect(await harness.emulator.store.image("m-1", in: EmulatorHarness.region)?.description == nil)
        }
    }

    @Test("an unknown access key is InvalidAccessKeyId.NotFound (404)")
    func unknownKey() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let stranger = Credentials(accessKeyId: "LTAI-nobody", accessKeySecret: "s")
            let error = await failure(harness.client(credentials: stranger))
            #expect(error?.code.rawValue == "InvalidAccessKeyId.NotFound")
            #expect(error?.serviceError.httpStatus == 404)
        }
    }

    @Test("a timestamp more than 15 minutes off is InvalidTimeStamp.Expired (400)", arguments: [-16.0, 16.0])
    func skew(_ minutes: Double) async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let error = await failure(harness.client(now: { Date().addingTimeInterval(minutes * 60) }))
            #expect(error?.code.rawValue == "InvalidTimeStamp.Expired")
            #expect(error?.serviceError.httpStatus == 400)
        }
    }

    @Test("a nonce used twice is SignatureNonceUsed (400) the second time")
    func reusedNonce() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let client = harness.client(nonce: { "the-same-nonce" })
            _ = try await client.modifyImageAttribute(Self.call)
            let error = await failure(client)
            #expect(error?.code.rawValue == "SignatureNonceUsed")
            #expect(error?.serviceError.httpStatus == 400)
        }
    }

    @Test(
        "an STS key is served with its token and refused with another or none", arguments: [SignatureVersion.v3, .v1])
    func securityToken(_ version: SignatureVersion) async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            _ = try await harness.client(credentials: EmulatorHarness.stsKey, signatureVersion: version)
                .modifyImageAttribute(Self.call)
            let sts = EmulatorHarness.stsKey
            for token in ["tok-stolen", nil] {
                let wrong = Credentials(
                    accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret, securityToken: token)
                let error = await failure(harness.client(credentials: wrong, signatureVersion: version))
                #expect(error?.code.rawValue == "InvalidSecurityToken.MismatchWithAccessKey")
            }
        }
    }

    @Test(
        "an action the product does not have is InvalidAction.NotFound (404); no action or version is MissingParameter")
    func unknownActionAndMissingVersion() async throws {
        try await EmulatorHarness.with { harness in
            let caller = harness.client().caller
            let unknown = try await caller.call(
                RPCCall(product: "Ecs", version: "2014-05-26", action: "LaunchRockets", parameters: []))
            #expect(unknown.status == 404)
            #expect(Self.code(of: unknown) == "InvalidAction.NotFound")
            let versionless = try await caller.call(
                RPCCall(product: "Ecs", version: "", action: "DescribeImages", parameters: []))
            #expect(versionless.status == 400)
            #expect(Self.code(of: versionless) == "MissingParameter")
            let actionless = try await caller.call(
                RPCCall(product: "Ecs", version: "2014-05-26", action: "", parameters: []))
            #expect(actionless.status == 400)
            #expect(Self.code(of: actionless) == "MissingParameter")
        }
    }

    @Test("every answer carries a RequestId; errors carry RequestId, HostId, Code, Message and Recommend")
    func errorBodyShape() async throws {
        try await EmulatorHarness.with { harness in
            let unsigned = try await harness.raw("POST", "/?Action=DescribeImages&RegionId=cn-hangzhou")
            #expect(unsigned.status == 400)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(unsigned.body.utf8)) as? [String: String])
            #expect(Set(object.keys) == ["RequestId", "HostId", "Code", "Message", "Recommend"])
            #expect(object["Code"] == "IncompleteSignature")
            #expect(object["HostId"] == "127.0.0.1")
            let recommend = try #require(object["Recommend"])
            #expect(recommend.hasPrefix("https://api.aliyun.com/troubleshoot?q=IncompleteSignature&product=Ecs"))
            let served = try await harness.client().describeImages(.init(regionId: EmulatorHarness.region))
            #expect(served.requestId?.count == 36)
        }
    }

    static func code(of reply: RPCReply) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any])?["Code"] as? String
    }
}
