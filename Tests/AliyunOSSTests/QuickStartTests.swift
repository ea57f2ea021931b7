import AliyunOSS
import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import Testing

/// The README's generated-client quick start, the same calls, against the emulator instead of a region's endpoint.
@Suite("README: the generated OSS client")
struct QuickStartTests {
    @Test("put with metadata, get streamed, list by pages, a missing object as HeadObjectError.noSuchKey")
    func quickStart() async throws {
        try await GeneratedOSSClientTests.withClient { oss in
            let put = try await oss.putObject(
                PutObjectRequest(
                    bucket: "photos", key: "notes/today.txt", meta: ["author": "ann"], contentType: "text/plain"),
                body: OSSBody(data: Data("hello".utf8)))
            #expect(put.eTag?.isEmpty == false)

            let object = try await oss.getObject(GetObjectRequest(bucket: "photos", key: "notes/today.txt"))
            #expect(object.metadata.contentLength == 5)
            #expect(object.metadata.meta == ["author": "ann"])
            var received = 0
            for try await chunk in object.body { received += chunk.readableBytes }
            #expect(received == 5)

            var listed: [String] = []
            for try await page in oss.listObjectsV2Pages(ListObjectsV2Request(bucket: "photos", prefix: "notes/")) {
                for entry in page.contents ?? [] { listed.append(entry.key ?? "") }
            }
            #expect(listed == ["notes/today.txt"])

            var caught: HeadObjectError?
            do {
                _ = try await oss.headObject(HeadObjectRequest(bucket: "photos", key: "missing"))
            } catch let error as HeadObjectError where error.code == .noSuchKey {
                caught = error
            }
            #expect(caught?.serviceError.requestId?.isEmpty == false)

            let link = try await oss.caller.presign(
                OSSCall(method: "GET", bucket: "photos", key: "notes/today.txt"), expires: .seconds(3600))
            let fetched = try await AsyncHTTPClientTransport.shared.send(
                HTTPRequest(method: "GET", url: link, headers: [], body: []), timeouts: Timeouts())
            #expect(fetched.status == 200)
            #expect(fetched.body == Array("hello".utf8))
        }
    }
}
