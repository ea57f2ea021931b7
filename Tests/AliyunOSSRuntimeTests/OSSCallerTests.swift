import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import LoopbackServer
import NIOConcurrencyHelpers
import OSSEmulator
import Testing

/// The OSS call layer against the OSS emulator over loopback HTTP, and against hand-made answers for what the
/// emulator never does (corrupted bytes, a 503).
@Suite("OSS calls: streaming, CRC-64, errors, retries")
struct OSSCallerTests {
    static let key = Credentials(accessKeyId: "LTAI-caller", accessKeySecret: "caller-secret")

    static func withEmulator(_ body: (OSSCaller, OSSEmulator) async throws -> Void) async throws {
        let emulator = try await OSSEmulator.start(
            OSSEmulatorConfiguration(credentials: [key], maximumObjectBytes: 16 << 20, buckets: ["bucket"]))
        do {
            try await body(try caller(emulator.url), emulator)
        } catch {
            await emulator.stop()
            throw error
        }
        await emulator.stop()
    }

    static func caller(_ url: String, version: OSSClientConfiguration.SignatureVersion = .v4) throws -> OSSCaller {
        OSSCaller(
            configuration: try OSSClientConfiguration(
                region: "cn-hangzhou", endpoint: OSSEndpoint(url), credentials: StaticCredentialsProvider(key),
                signatureVersion: version))
    }

    /// `count` bytes of a pattern that changes with `seed`, made with one plain loop (a closure per byte holds a
    /// thread of the small cooperative pool far longer in a debug build, and slows the tests running beside).
    static func pattern(_ count: Int, seed: Int = 7) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = UInt8(truncatingIfNeeded: index &* 31 &+ seed &+ index >> 9) }
            initialized = count
        }
    }

    @Test("a file streams up in chunks and back down in chunks, its CRC-64 checked both ways")
    func streamsFile() async throws {
        try await Self.withEmulator { oss, _ in
            let bytes = Self.pattern(3 << 20)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("oss-\(UUID().uuidString)").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let put = try await oss.send(
                OSSCall(
                    method: "PUT", bucket: "bucket", key: "big/file.bin",
                    body: try OSSBody(file: path, chunkSize: 64 << 10), reportsBodyCRC: true))
            #expect(put.status == 200)
            #expect(put.headers["x-oss-hash-crc64ecma"] == String(CRC64.checksum(bytes)))
            let get = try await oss.send(OSSCall(method: "GET", bucket: "bucket", key: "big/file.bin"))
            var received: [UInt8] = []
            var chunks = 0
            for try await chunk in get.body {
                received += chunk.readableBytesView
                chunks += 1
            }
            #expect(received == bytes)
            #expect(chunks > 1)
            var range = OSSHeaders()
            range.set("Range", "bytes=100-199")
            let partial = try await oss.send(
                OSSCall(method: "GET", bucket: "bucket", key: "big/file.bin", headers: range))
            #expect(partial.status == 206)
            #expect(try await partial.bytes() == Array(bytes[100...199]))
        }
    }

    @Test("OSS's error documents become OSSServiceError, a HEAD's from x-oss-err; V1 works as V4 does")
    func errors() async throws {
        try await Self.withEmulator { oss, emulator in
            let missing = await #expect(throws: OSSServiceError.self) {
                _ = try await oss.send(OSSCall(method: "GET", bucket: "bucket", key: "nothing"))
            }
            #expect(missing?.code == "NoSuchKey")
            #expect(missing?.status == 404)
            #expect(missing?.requestId.isEmpty == false)
            #expect(missing?.fields["Key"] == "nothing")
            let head = await #expect(throws: OSSServiceError.self) {
                _ = try await oss.send(OSSCall(method: "HEAD", bucket: "bucket", key: "nothing"))
            }
            #expect(head?.code == "NoSuchKey")
            let v1 = try Self.caller(emulator.url, version: .v1)
            _ = try await v1.send(
                OSSCall(
                    method: "PUT", bucket: "bucket", key: "v1", body: OSSBody(bytes: [1, 2, 3]), reportsBodyCRC: true))
            #expect(try await v1.send(OSSCall(method: "GET", bucket: "bucket", key: "v1")).bytes() == [1, 2, 3])
            let link = try await oss.presign(OSSCall(method: "GET", bucket: "bucket", key: "v1"), expires: .seconds(60))
            let fetched = try await AsyncHTTPClientTransport.shared.send(
                HTTPRequest(method: "GET", url: link, headers: [], body: []), timeouts: Timeouts())
            #expect(fetched.body == [1, 2, 3])
        }
    }

    @Test("an upload whose CRC-64 OSS reports otherwise fails with OSSIntegrityError")
    func uploadCorrupted() async throws {
        let server = try await LoopbackServer { _ in
            .respond(status: 200, headers: ["x-oss-hash-crc64ecma": "12345"], body: "", delay: .zero)
        }
        let error = await #expect(throws: OSSIntegrityError.self) {
            _ = try await Self.caller(server.url).send(
                OSSCall(method: "PUT", bucket: "b", key: "k", body: OSSBody(bytes: [1, 2, 3]), reportsBodyCRC: true))
        }
        #expect(error?.direction == "upload")
        #expect(error?.reported == 12345)
        #expect(error?.computed == CRC64.checksum([1, 2, 3]))
        try await server.stop()
    }

    @Test("a download whose bytes do not match its CRC-64 ends with OSSIntegrityError, a range is not checked")
    func downloadCorrupted() async throws {
        let server = try await LoopbackServer { request in
            let status = request.headers["range"] == nil ? 200 : 206
            return .respond(
                status: status, headers: ["x-oss-hash-crc64ecma": String(CRC64.checksum(Array("hello".utf8)))],
                body: "hellO", delay: .zero)
        }
        let caller = try Self.caller(server.url)
        await #expect(throws: OSSIntegrityError.self) {
            _ = try await caller.send(OSSCall(method: "GET", bucket: "b", key: "k")).bytes()
        }
        var range = OSSHeaders()
        range.set("Range", "bytes=0-4")
        #expect(
            try await caller.send(OSSCall(method: "GET", bucket: "b", key: "k", headers: range)).bytes()
                == Array("hellO".utf8))
        try await server.stop()
    }

    @Test("a 503 is retried for a call that may be repeated, not for one that may not")
    func retries() async throws {
        let count = NIOLockedValueBox(0)
        let server = try await LoopbackServer { _ in
            let attempt = count.withLockedValue { value in
                value += 1
                return value
            }
            return attempt == 1
                ? .respond(
                    status: 503, headers: [:], body: "<Error><Code>ServiceUnavailable</Code></Error>", delay: .zero)
                : .respond(status: 200, headers: [:], body: "ok", delay: .zero)
        }
        let caller = try Self.caller(server.url)
        #expect(try await caller.send(OSSCall(method: "GET", bucket: "b", key: "k")).bytes() == Array("ok".utf8))
        #expect(await server.requests().count == 2)
        count.withLockedValue { $0 = 0 }
        let refused = await #expect(throws: OSSServiceError.self) {
            _ = try await caller.send(OSSCall(method: "POST", bucket: "b", key: "k", query: [OSSQueryItem("uploads")]))
        }
        #expect(refused?.code == "ServiceUnavailable")
        #expect(await server.requests().count == 3, "the POST was sent once")
        try await server.stop()
    }
}
