import Foundation
import LoopbackServer
import Testing

/// The generated `aliyun-ecs-images` against a real HTTP server on 127.0.0.1.
@Suite("aliyun-ecs-images")
struct ECSCommandTests {
    static let credentials = [
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI-cli", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "cli-secret",
        "HOME": "/nonexistent",
    ]

    static func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        let query = Dictionary(request.query.map { ($0.name, $0.value) }) { first, _ in first }
        func json(_ status: Int, _ body: String) -> LoopbackServer.Reply {
            .respond(status: status, headers: ["content-type": "application/json"], body: body, delay: .zero)
        }
        if query["DryRun"] == "true" {
            return json(
                400, #"{"Code":"DryRunOperation","Message":"Request validation has been passed.","RequestId":"R-dry"}"#)
        }
        if query["ImageId"] == "m-missing" {
            return json(
                404,
                #"{"Code":"InvalidImageId.NotFound","Message":"The specified ImageId does not exist.","RequestId":"R-404"}"#
            )
        }
        return json(200, #"{"RequestId":"R-ok","Extra":1}"#)
    }

    func run(_ arguments: [String], environment: [String: String] = credentials) async throws -> (
        CommandRunner.Output, [LoopbackServer.Request]
    ) {
        let server = try await LoopbackServer(handler: Self.answer)
        let output = try await CommandRunner.run(
            ["modify-image-attribute", "--endpoint", server.url] + arguments,
            executable: CommandRunner.product("aliyun-ecs-images"),
            environment: environment)
        let requests = await server.requests()
        try await server.stop()
        return (output, requests)
    }

    @Test("prints the response as JSON and exits 0; nested options reach the wire")
    func success() async throws {
        let (output, requests) = try await run([
            "--region-id", "cn-hangzhou", "--image-id", "m-1", "--image-name", "web-1", "--boot-mode", "UEFI",
            "--features-imds-support", "v2",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "{\n  \"RequestId\" : \"R-ok\"\n}\n")
        let query = try #require(requests.first).query
        #expect(query.contains { $0.name == "Features.ImdsSupport" && $0.value == "v2" })
        #expect(query.contains { $0.name == "BootMode" && $0.value == "UEFI" })
        #expect(requests.first?.headers["authorization"]?.hasPrefix("ACS3-HMAC-SHA256 Credential=LTAI-cli,") == true)
    }

    @Test("a service error prints code, message and request id to stderr and exits 1")
    func serviceError() async throws {
        let (output, _) = try await run(["--region-id", "cn-hangzhou", "--image-id", "m-missing"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "InvalidImageId.NotFound: The specified ImageId does not exist. (RequestId: R-404)\n")
    }

    @Test("a request that breaks rules prints every violation, sends nothing and exits 2")
    func validation() async throws {
        let (output, requests) = try await run(
            ["--region-id", "cn-hangzhou", "--image-id", "m-1", "--image-name", "1", "--description", "x"])
        #expect(output.status == 2)
        #expect(requests.isEmpty)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("invalid: ") })
        #expect(lines.last?.hasPrefix("hint: ") == true)
        #expect(lines.last?.contains("--validation warn") == true)
        #expect(lines.contains { $0.contains("ImageName: must be at least 2 characters long") })
        #expect(lines.contains { $0.contains("Description: must be at least 2 characters long") })
    }

    @Test("a rule that may be stale is printed as a warning and the request sent; --validation warn sends any")
    func warnings() async throws {
        let (short, sent) = try await run(["--region-id", "cn-hangzhou", "--image-id", "m-1", "--image-name", "x"])
        #expect(short.status == 0, "\(short.stderr)")
        #expect(sent.count == 1)
        let lines = short.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(
            lines.first?.hasPrefix(
                "warning: ModifyImageAttribute: sending a request that breaks a documented rule: ImageName") == true)
        #expect(lines.last?.contains("the service accepted a request that breaks the documented length rule") == true)

        let malformed = ["--region-id", "cn-hangzhou", "--image-id", "m-1", "--image-name", "1x"]
        let (blocked, none) = try await run(malformed)
        #expect(blocked.status == 2)
        #expect(none.isEmpty)
        let (warned, one) = try await run(malformed + ["--validation", "warn"])
        #expect(warned.status == 0)
        #expect(one.count == 1)
        #expect(warned.stdout == "{\n  \"RequestId\" : \"R-ok\"\n}\n")
        let (bad, _) = try await run(malformed + ["--validation", "sometimes"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--validation must be one of enforce, enforceStable, warn, off"))
        let (both, _) = try await run(malformed + ["--validation", "warn", "--no-validate"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("give --validation or --no-validate, not both"))
    }

    @Test("a required parameter left out is a violation, never a default: nothing is sent, with --no-validate too")
    func missingRequired() async throws {
        for extra in [[], ["--no-validate"]] {
            let (output, requests) = try await run(["--image-name", "web"] + extra)
            #expect(output.status == 2)
            #expect(requests.isEmpty)
            #expect(
                output.stderr
                    == "invalid: RegionId: is required (give --region-id) [MissingParameter] — The parameter is required.\n"
                    + "invalid: ImageId: is required (give --image-id) [MissingParameter] — The parameter is required.\n"
            )
        }
    }

    @Test("--no-validate sends the request anyway; --signature-version v1 signs with HMAC-SHA1")
    func flags() async throws {
        let (output, requests) = try await run(
            [
                "--region-id", "cn-hangzhou", "--image-id", "m-1", "--image-name", "1", "--no-validate",
                "--signature-version", "v1",
            ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(requests.first?.query.contains { $0.name == "SignatureMethod" && $0.value == "HMAC-SHA1" } == true)
    }

    @Test("a passing dry run exits 0 and says so")
    func dryRun() async throws {
        let (output, _) = try await run(["--region-id", "cn-hangzhou", "--image-id", "m-1", "--dry-run", "true"])
        #expect(output.status == 0)
        #expect(output.stdout == "the dry run passed: the request would succeed [RequestId R-dry]\n")
    }

    @Test("no credentials: a clear error, nothing sent, exit 1")
    func noCredentials() async throws {
        let (output, requests) = try await run(
            ["--region-id", "cn-hangzhou", "--image-id", "m-1"],
            environment: ["HOME": "/nonexistent", "ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true"])
        #expect(output.status == 1)
        #expect(requests.isEmpty)
        #expect(output.stderr.hasPrefix("error: no credentials"))
    }

    @Test("--help lists each option with its documented values")
    func help() async throws {
        let output = try await CommandRunner.run(
            ["modify-image-attribute", "--help"], executable: CommandRunner.product("aliyun-ecs-images"),
            environment: [:])
        #expect(output.status == 0)
        #expect(output.stdout.contains("--features-nvme-support"))
        #expect(output.stdout.contains("UEFI-Preferred: 双启动模式。"))
        #expect(output.stdout.contains("--signature-version"))
    }
}
