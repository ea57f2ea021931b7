import AliyunOSS
import AliyunOSSRuntime
import AliyunRuntime
import EmulatorSupport
import Foundation
import OSSEmulator
import Testing

/// The OSS emulator's faults and journal, as the ECS emulator's: injected per operation, observed per call, steered
/// over `/_emulator/` by whoever holds the control token; the generated client's retries seen through them.
@Suite("OSS emulator: faults and the request journal")
struct EmulatorFaultsTests {
    @Test("two 503s on PutObject: the generated client's PUT is retried and succeeds; the journal shows each attempt")
    func retriedThroughFaults() async throws {
        try await GeneratedOSSClientTests.withClient { oss, emulator in
            try await emulator.faults.add([.serverError(count: 2, action: "PutObject")])
            _ = try await oss.putObject(PutObjectRequest(bucket: "photos", key: "a"), body: OSSBody(bytes: [1, 2, 3]))
            let puts = await emulator.journal.calls(of: "PutObject")
            #expect(puts.map(\.status) == [503, 503, 200])
            #expect(puts.map(\.fault) == ["error", "error", nil])
            #expect(puts.allSatisfy { $0.accessKeyId == GeneratedOSSClientTests.key.accessKeyId })
            #expect(puts.allSatisfy { $0.signatureVersion == "v4" })

            // More faults than attempts: the operation's typed error carries the injected code.
            try await emulator.faults.add([
                Fault(kind: .error, count: 5, action: "GetObject", code: "SlowDown", status: 503)
            ])
            let error = await #expect(throws: GetObjectError.self) {
                _ = try await oss.getObject(GetObjectRequest(bucket: "photos", key: "a"))
            }
            #expect(error?.serviceError.code == "SlowDown")
            #expect(await emulator.journal.calls(of: "GetObject").count == 3, "the configuration's three attempts")
        }
    }

    @Test("a dropped connection is a transport failure, journaled without a status; a delay holds the answer back")
    func dropAndDelay() async throws {
        try await GeneratedOSSClientTests.withClient { oss, emulator in
            try await emulator.faults.add([.dropConnection(count: 3, action: "HeadObject")])
            await #expect(throws: TransportError.self) {
                _ = try await oss.headObject(HeadObjectRequest(bucket: "photos", key: "x"))
            }
            let heads = await emulator.journal.calls(of: "HeadObject")
            #expect(heads.first?.fault == "dropConnection")
            #expect(heads.first?.status == nil)
            try await emulator.faults.add([.delay(milliseconds: 300, action: "ListObjectsV2")])
            let started = ContinuousClock.now
            _ = try await oss.listObjectsV2(ListObjectsV2Request(bucket: "photos"))
            #expect(ContinuousClock.now - started >= .milliseconds(300))
            #expect(await emulator.journal.calls(of: "ListObjectsV2").first?.fault == "delay")
        }
    }

    @Test("the control endpoints need the token; faults added over HTTP apply; the journal lists calls, refused too")
    func controlEndpoints() async throws {
        let token = try #require(ControlToken("oss-control-secret"))
        var configuration = OSSEmulatorConfiguration(credentials: [GeneratedOSSClientTests.key], buckets: ["photos"])
        configuration.controlToken = token
        let emulator = try await OSSEmulator.start(configuration)
        let transport = AsyncHTTPClientTransport.shared
        func control(_ method: String, _ path: String, body: String = "", authorized: Bool = true) async throws
            -> HTTPResponse
        {
            try await transport.send(
                HTTPRequest(
                    method: method, url: emulator.url + "/_emulator/" + path,
                    headers: authorized ? [("Authorization", "Bearer oss-control-secret")] : [],
                    body: Array(body.utf8)),
                timeouts: Timeouts())
        }
        do {
            #expect(try await control("GET", "faults", authorized: false).status == 401)
            let added = try await control(
                "POST", "faults",
                body: #"[{"kind": "error", "action": "HeadObject", "status": 500, "code": "InternalError"}]"#)
            #expect(added.status == 200)
            let oss = OSSClient(
                configuration: try OSSClientConfiguration(
                    region: "cn-hangzhou", endpoint: OSSEndpoint(emulator.url),
                    credentials: StaticCredentialsProvider(GeneratedOSSClientTests.key), maximumAttempts: 1))
            let failed = await #expect(throws: HeadObjectError.self) {
                _ = try await oss.headObject(HeadObjectRequest(bucket: "photos", key: "x"))
            }
            #expect(failed?.serviceError.httpStatus == 500)
            let anonymous = try await transport.send(
                HTTPRequest(method: "GET", url: emulator.url + "/photos/x", headers: [], body: []), timeouts: Timeouts()
            )
            #expect(anonymous.status == 403)
            let journal = try JSONDecoder().decode(
                [JournalEntry].self, from: Data(try await control("GET", "requests").body))
            #expect(journal.map(\.action) == ["HeadObject", "GetObject"])
            #expect(journal.map(\.code) == ["InternalError", "AccessDenied"])
            #expect(journal.last?.accessKeyId == nil, "a refused call has no verified key")
            #expect(try await control("DELETE", "requests").status == 200)
            #expect(try await control("GET", "nothing").status == 404)
        } catch {
            await emulator.stop()
            throw error
        }
        await emulator.stop()
    }
}
