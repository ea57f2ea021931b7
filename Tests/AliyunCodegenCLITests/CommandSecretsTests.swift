import Foundation
import LoopbackServer
import Testing

/// What the generated command line prints holds no secret, whatever the server quotes back.
@Suite("aliyun-ecs-images keeps secrets out of its output")
struct CommandSecretsTests {
    /// An STS token's shape: base64, so `+`, `/` and `=` that percent-encoding changes.
    static let token = "CAIS8gF1q6Ft5B2yfSjIr5b+Kdz/3Ij1hvu8MUjVh0gfaN5qhLzp0Tz2IHxMdHFpB+4e"

    /// Answers as ECS does a V1 request whose signature it computes otherwise: 400 `SignatureDoesNotMatch`
    /// with its string to sign, `POST&%2F&` and the received query (less `Signature`) encoded once more.
    static func refuseSignature(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        let query = request.uri.split(separator: "?", maxSplits: 1).last.map(String.init) ?? ""
        let canonical = query.split(separator: "&").filter { !$0.hasPrefix("Signature=") }.joined(separator: "&")
        let stringToSign = "POST&%2F&" + encode(canonical)
        let body =
            #"{"RequestId":"5B1D3F9A-0C57-5E1B-9E8A-2C3D4E5F6A7B","HostId":"ecs.cn-hangzhou.aliyuncs.com","#
            + #""Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. "#
            + #"server string to sign is:\#(stringToSign)","#
            + #""Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Ecs"}"#
        return .respond(status: 400, headers: ["content-type": "application/json"], body: body, delay: .zero)
    }

    /// RFC 3986 percent-encoding of every byte but `A–Z a–z 0–9 - _ . ~`.
    static func encode(_ text: String) -> String {
        text.utf8.map { byte in
            let scalar = Unicode.Scalar(byte)
            return CharacterSet(charactersIn: "-_.~").contains(scalar)
                || (byte < 0x80 && scalar.properties.isAlphabetic)
                || (0x30...0x39).contains(byte) ? String(scalar) : String(format: "%%%02X", byte)
        }.joined()
    }

    @Test("a V1 SignatureDoesNotMatch quoting the security token prints the message without it")
    func signatureDoesNotMatch() async throws {
        let server = try await LoopbackServer(handler: Self.refuseSignature)
        let output = try await CommandRunner.run(
            [
                "modify-image-attribute", "--endpoint", server.url, "--signature-version", "v1",
                "--region-id", "cn-hangzhou", "--image-id", "m-1",
            ],
            executable: CommandRunner.product("aliyun-ecs-images"),
            environment: [
                "ALIBABA_CLOUD_ACCESS_KEY_ID": "STS.cli", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "cli-secret",
                "ALIBABA_CLOUD_SECURITY_TOKEN": Self.token, "HOME": "/nonexistent",
            ])
        let requests = await server.requests()
        try await server.stop()
        #expect(requests.first?.query.contains { $0.name == "SecurityToken" && $0.value == Self.token } == true)
        #expect(output.status == 1)
        #expect(
            output.stderr.hasPrefix("SignatureDoesNotMatch: Specified signature is not matched"), "\(output.stderr)")
        #expect(output.stderr.contains("SecurityToken%3D<redacted>%26"), "\(output.stderr)")
        let once = Self.encode(Self.token)
        for form in [Self.token, once, Self.encode(once), "Kdz"] {
            #expect(!output.stderr.contains(form), "\(output.stderr)")
        }
    }
}
