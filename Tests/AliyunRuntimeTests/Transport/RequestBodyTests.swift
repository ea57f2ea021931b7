import AliyunRuntime
import Foundation
import NIOCore
import Testing

/// A raw body's hash, read-once handling and limits: what a streamed call signs and sends.
@Suite("RequestBody: hashed in chunks, made again per attempt, held only when it can be read once")
struct RequestBodyTests {
    static let bytes: [UInt8] = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }

    @Test("a file's SHA-256, read in chunks, is the hash of its bytes; reading it twice gives the same bytes")
    func fileHash() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("body-\(UUID().uuidString)").path
        try Data(Self.bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let body = try RequestBody(file: path, chunkSize: 4096)
        #expect(try await body.sha256() == V3Signer.payloadHash(Self.bytes))
        #expect(try await body.collect() == Self.bytes)
        #expect(try await body.collect() == Self.bytes)
        #expect(try await RequestBody.empty.sha256() == V3Signer.payloadHash([]))
    }

    @Test("a read-once body becomes bytes held when it must be read twice; a second read of the original is empty")
    func readOnce() async throws {
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        continuation.yield(ByteBuffer(bytes: Self.bytes[..<1000]))
        continuation.yield(ByteBuffer(bytes: Self.bytes[1000...]))
        continuation.finish()
        let once = RequestBody(length: Self.bytes.count, once: stream)
        let held = try await once.replayable()
        #expect(try await held.sha256() == V3Signer.payloadHash(Self.bytes))
        #expect(try await held.collect() == Self.bytes)
        #expect(try await once.collect().isEmpty)
    }

    @Test("a body longer than the limit is refused with a sentence that says what to give instead")
    func limit() async throws {
        let error = await #expect(throws: TransportError.self) {
            _ = try await RequestBody.bytes(Self.bytes).collect(upTo: 1000)
        }
        #expect(error?.message.contains("larger than 1000 bytes") == true)
    }
}
