import AliyunRuntime
import Foundation
import Testing

/// The official Python `alibabacloud-credentials`, recorded scenario by scenario by
/// `Scripts/official-credentials/record_chain.py` (re-recorded by CI from PyPI), against this runtime's
/// `DefaultCredentialsChain` on the same files and environment: the same source answers, with the same
/// credentials, after the same STS and ECS-metadata requests (host, action and what they ask for).
@Suite("The credentials chain as the official Python library resolves it")
struct OfficialCredentialsChainTests {
    struct Fixture: Decodable {
        var generator: String
        var scenarios: [Scenario]
    }

    struct Scenario: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]?
        var environment: [String: String]?
        var official: Outcome
        var testDescription: String { name }
    }

    struct Outcome: Decodable, Equatable, Sendable {
        var accessKeyId: String?
        var securityToken: String?
        var error: String?
        var requests: [Request]
    }

    struct Request: Decodable, Equatable, Sendable, CustomStringConvertible {
        var host: String
        var action: String?
        var parameters: [String: String]?
        var method: String?
        var path: String?
        var metadataToken: String?

        var description: String {
            [host, method, path, action, metadataToken.map { "token \($0)" }].compactMap { $0 }.joined(separator: " ")
                + (parameters.map { " \($0.sorted { $0.key < $1.key })" } ?? "")
        }
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/official-credentials-chain.json")
        do {
            return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// The STS parameters the recorder keeps (signatures, dates and nonces differ by design).
    static let stsParameters = [
        "RoleArn", "RoleSessionName", "DurationSeconds", "Policy", "ExternalId", "OIDCProviderArn", "OIDCToken",
        "AccessKeyId", "SecurityToken",
    ]

    /// Answers as the recorder does: STS with credentials numbered by call, the metadata service with a
    /// token and a role's credentials; records each request as the recorder does.
    actor Recorder: HTTPTransport {
        private(set) var requests: [Request] = []

        func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse {
            let components = URLComponents(string: request.url)
            let host = components?.host ?? ""
            let path = components?.path ?? ""
            if host == "100.100.100.200" {
                let token = request.headers.first { $0.name.lowercased() == "x-aliyun-ecs-metadata-token" }?.value
                requests.append(
                    Request(host: host, method: request.method, path: path, metadataToken: token))
                switch (request.method, path) {
                case ("PUT", "/latest/api/token"): return Self.reply("imds-token")
                case (_, "/latest/meta-data/ram/security-credentials/"): return Self.reply("EcsRole")
                case (_, let path) where path.hasPrefix("/latest/meta-data/ram/security-credentials/"):
                    return Self.reply(
                        #"{"Code":"Success","AccessKeyId":"STS.ecs","AccessKeySecret":"ecs-secret","#
                            + #""SecurityToken":"ecs-token","Expiration":"2099-01-01T00:00:00Z"}"#)
                default: return HTTPResponse(status: 404, headers: [:], body: [])
                }
            }
            var query: [String: String] = [:]
            for item in components?.queryItems ?? [] { query[item.name] = item.value ?? "" }
            requests.append(
                Request(
                    host: host, action: query["Action"],
                    parameters: query.filter { OfficialCredentialsChainTests.stsParameters.contains($0.key) }))
            let number = requests.filter { $0.action != nil }.count
            return Self.reply(
                #"{"RequestId":"R","Credentials":{"AccessKeyId":"STS.assumed-\#(number)","#
                    + #""AccessKeySecret":"assumed-secret-\#(number)","SecurityToken":"assumed-token-\#(number)","#
                    + #""Expiration":"2099-01-01T00:00:00Z"}}"#)
        }

        static func reply(_ body: String) -> HTTPResponse {
            HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Array(body.utf8))
        }
    }

    @Test("the recording names its library")
    func provenance() {
        #expect(Self.fixture.generator.hasPrefix("alibabacloud-credentials "))
        #expect(Self.fixture.scenarios.count >= 16)
    }

    @Test("each scenario resolves as the official library resolves it", arguments: fixture.scenarios)
    func scenario(_ scenario: Scenario) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("official-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        for (path, text) in scenario.files ?? [:] {
            let url = home.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.replacingOccurrences(of: "HOME/", with: home.path + "/").write(
                to: url, atomically: true, encoding: .utf8)
        }
        var environment = ["HOME": home.path]
        for (key, value) in scenario.environment ?? [:] {
            environment[key] = value.replacingOccurrences(of: "HOME/", with: home.path + "/")
        }
        let recorder = Recorder()
        let chain = DefaultCredentialsChain(
            environment: environment, home: home.path, network: CredentialsNetwork(transport: recorder))
        var outcome = Outcome(requests: [])
        do {
            let credentials = try await chain.credentials()
            outcome.accessKeyId = credentials.accessKeyId
            outcome.securityToken = credentials.securityToken
        } catch {
            outcome.error = "\(error)"
        }
        outcome.requests = await recorder.requests.map { request in
            var request = request
            request.parameters = request.parameters?.mapValues {
                $0.replacingOccurrences(of: home.path + "/", with: "HOME/")
            }
            return request
        }
        #expect(outcome.error == nil, "\(outcome.error ?? "")")
        #expect(outcome.accessKeyId == scenario.official.accessKeyId)
        #expect(outcome.securityToken == scenario.official.securityToken)
        let ours = outcome.requests.map(\.description).joined(separator: "\n")
        let official = scenario.official.requests.map(\.description).joined(separator: "\n")
        #expect(outcome.requests == scenario.official.requests, "ours:\n\(ours)\nofficial:\n\(official)")
    }
}
