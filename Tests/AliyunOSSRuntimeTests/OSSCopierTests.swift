import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import Testing

/// Server-side copies against the OSS emulator: one CopyObject, or parts copied from ranges above the limit.
@Suite("OSS copier")
struct OSSCopierTests {
    @Test("below the limit one CopyObject; above it parts copied from ranges, the CRC-64 the source's")
    func copies() async throws {
        try await OSSCallerTests.withEmulator { oss, _ in
            let bytes = OSSCallerTests.pattern(350 * 1024 + 9, seed: 3)
            _ = try await oss.send(
                OSSCall(method: "PUT", bucket: "bucket", key: "源 文件/a+b.bin", body: OSSBody(bytes: bytes)))
            let copier = OSSCopier(
                caller: oss, options: OSSCopier.Options(singleCopyLimit: 150 * 1024, partSize: 100 * 1024))
            let large = try await copier.copy(from: ("bucket", "源 文件/a+b.bin"), to: ("bucket", "copies/large.bin"))
            #expect(large.parts == 4)
            #expect(large.etag.hasSuffix("-4\""))
            #expect(large.crc64 == CRC64.checksum(bytes))
            #expect(
                try await oss.send(OSSCall(method: "GET", bucket: "bucket", key: "copies/large.bin")).bytes() == bytes)

            let small = try await OSSCopier(caller: oss).copy(
                from: ("bucket", "源 文件/a+b.bin"), to: ("bucket", "copies/small.bin"))
            #expect(small.parts == 1)
            #expect(small.crc64 == CRC64.checksum(bytes))
            #expect(
                try await oss.send(OSSCall(method: "GET", bucket: "bucket", key: "copies/small.bin")).bytes() == bytes)

            let missing = await #expect(throws: OSSServiceError.self) {
                _ = try await copier.copy(from: ("bucket", "nothing"), to: ("bucket", "copies/none"))
            }
            #expect(missing?.code == "NoSuchKey")
        }
    }
}
