import AliyunECSImages
import AliyunRuntime
import Foundation
import LoopbackServer
import Testing

/// The generated SDK against a real HTTP server on 127.0.0.1 that reads requests as ECS does:
/// it decodes the query with the generated decoder and verifies the V3 signature.
@Suite("ECS client end to end over HTTP")
struct EndToEndTests {
    static let credentials = Credentials(accessKeyId: "LTAI-test", accessKeySecret: "test-secret", securityToken: "sts")

    /// Answers like ECS: 400 DryRunOperation for a passing dry run, 404 for an unknown image, 403 when the
    /// signature does not verify, else 200.
    static func emulate(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        let items = request.query.map { RPCQueryItem(name: $0.name, value: $0.value) }
        func answer(_ status: Int, _ body: String) -> LoopbackServer.Reply {
            .respond(status: status, headers: ["content-type": "application/json"], body: body, delay: .zero)
        }
        if items.contains(where: { $0.name == "SignatureMethod" }) {
            // V1: the signature travels in the query.
            return items.contains { $0.name == "Signature" } ? answer(200, #"{"RequestId":"V1"}"#) : answer(403, "{}")
        }
        guard let date = request.headers["x-acs-date"].flatMap({ try? Date($0, strategy: .iso8601) }),
            let decoded = try? ModifyImageAttributeRequest(from: RPCQueryDecoder(items: items))
        else { return answer(400, #"{"Code":"MissingParameter","Message":"bad request"}"#) }
        let expected = V3Signer.sign(
            SigningInput(
                host: request.headers["host"] ?? "", action: request.headers["x-acs-action"] ?? "",
                version: request.headers["x-acs-version"] ?? "", parameters: items, date: date,
                nonce: request.headers["x-acs-signature-nonce"] ?? "", userAgent: request.headers["user-agent"] ?? "",
                credentials: credentials))
        guard request.headers["authorization"] == expected.header("Authorization") else {
            return answer(403, #"{"Code":"IncompleteSignature","Message":"signature mismatch","RequestId":"R-sig"}"#)
        }
        if decoded.dryRun == true {
            return answer(
                400, #"{"Code":"DryRunOperation","Message":"Request validation has been passed.","RequestId":"R-dry"}"#)
        }
        if decoded.imageId == "m-missing" {
            return answer(
                404,
                #"{"Code":"InvalidImageId.NotFound","Message":"The specified ImageId does not exist.","RequestId":"R-404"}"#
            )
        }
        return answer(200, #"{"RequestId":"R-\#(decoded.imageName ?? "none")"}"#)
    }

    func withClient(
        signatureVersion: SignatureVersion = .v3, _ body: (ECSClient, LoopbackServer) async throws -> Void
    ) async throws {
        let server = try await LoopbackServer(handler: Self.emulate)
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url), credentials: StaticCredentialsProvider(Self.credentials),
                signatureVersion: signatureVersion, retry: .disabled))
        try await body(client, server)
        try await server.stop()
    }

    @Test("a request round-trips: decoded by the server, signature verified, response decoded")
    func success() async throws {
        try await withClient { client, server in
            let response = try await client.modifyImageAttribute(ExampleRequest.full.with(dryRun: false))
            #expect(response.requestId == "R-testImageName")
            let received = try #require(await server.requests().first)
            #expect(received.headers["x-acs-security-token"] == "sts")
        }
    }

    @Test("a service error becomes the operation's typed error")
    func typedError() async throws {
        try await withClient { client, _ in
            do {
                _ = try await client.modifyImageAttribute(
                    ModifyImageAttributeRequest(regionId: "cn-hangzhou", imageId: "m-missing"))
                Issue.record("expected an error")
            } catch let error as ModifyImageAttributeError {
                #expect(error.code == .invalidImageIdNotFound)
                #expect(error.isDocumented)
                #expect(error.serviceError.requestId == "R-404")
            }
        }
    }

    @Test("a passing dry run is DryRunSucceeded, not a failure")
    func dryRun() async throws {
        try await withClient { client, _ in
            await #expect(throws: DryRunSucceeded.self) { try await client.modifyImageAttribute(ExampleRequest.full) }
        }
    }

    @Test("V1 signing is selectable")
    func v1() async throws {
        try await withClient(signatureVersion: .v1) { client, server in
            let response = try await client.modifyImageAttribute(
                ModifyImageAttributeRequest(regionId: "r", imageId: "m"))
            #expect(response.requestId == "V1")
            let received = try #require(await server.requests().first)
            #expect(received.query.contains { $0.name == "SignatureMethod" && $0.value == "HMAC-SHA1" })
        }
    }
}

extension ModifyImageAttributeRequest {
    func with(dryRun: Bool) -> Self {
        var copy = self
        copy.dryRun = dryRun
        return copy
    }
}
