import AliyunOSS
import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import OSSEmulator
import Testing

/// The generated `AliyunOSS` client (from OSS's metadata and the project's overlay) against the OSS emulator over
/// loopback HTTP: raw bodies up and streamed down, XML documents both ways, answer headers as typed fields, marker
/// paging, and OSS's errors as the operation's typed error.
@Suite("Generated OSS client over loopback")
struct GeneratedOSSClientTests {
    static let key = Credentials(accessKeyId: "LTAI-generated", accessKeySecret: "generated-secret")

    static func withClient(_ body: (OSSClient) async throws -> Void) async throws {
        try await withClient { client, _ in try await body(client) }
    }

    /// A client of a new emulator (bucket `photos`), and the emulator, stopped after `body`.
    static func withClient(_ body: (OSSClient, OSSEmulator) async throws -> Void) async throws {
        let emulator = try await OSSEmulator.start(
            OSSEmulatorConfiguration(credentials: [key], maximumObjectBytes: 16 << 20, buckets: ["photos"]))
        do {
            let client = OSSClient(
                configuration: try OSSClientConfiguration(
                    region: "cn-hangzhou", endpoint: OSSEndpoint(emulator.url),
                    credentials: StaticCredentialsProvider(key)))
            try await body(client, emulator)
        } catch {
            await emulator.stop()
            throw error
        }
        await emulator.stop()
    }

    @Test("PutObject sends raw bytes with headers and metadata; GetObject streams them back with typed headers")
    func putAndGet() async throws {
        try await Self.withClient { oss in
            let bytes = Array("a photo's bytes, or enough of them".utf8)
            let put = try await oss.putObject(
                PutObjectRequest(
                    bucket: "photos", key: "2026/cat one+%.jpg", storageClass: .standard, tagging: "kind=cat",
                    meta: ["author": "ann"], contentType: "image/jpeg"),
                body: OSSBody(bytes: bytes))
            #expect(put.eTag?.isEmpty == false)
            #expect(put.hashCrc64ecma == String(CRC64.checksum(bytes)))
            #expect(put.requestId?.isEmpty == false)

            let download = try await oss.getObject(GetObjectRequest(bucket: "photos", key: "2026/cat one+%.jpg"))
            #expect(download.status == 200)
            #expect(try await download.bytes() == bytes)
            #expect(download.metadata.contentLength == Int64(bytes.count))
            #expect(download.metadata.contentType == "image/jpeg")
            #expect(download.metadata.eTag == put.eTag)
            #expect(download.metadata.meta == ["author": "ann"])

            let range = try await oss.getObject(
                GetObjectRequest(bucket: "photos", key: "2026/cat one+%.jpg", range: "bytes=2-6"))
            #expect(range.status == 206)
            #expect(try await range.bytes() == Array(bytes[2...6]))

            let head = try await oss.headObject(HeadObjectRequest(bucket: "photos", key: "2026/cat one+%.jpg"))
            #expect(head.contentLength == Int64(bytes.count))
            #expect(head.hashCrc64ecma == put.hashCrc64ecma)
        }
    }

    @Test("a missing object is GetObjectError with the documented code NoSuchKey, and a missing bucket NoSuchBucket")
    func typedErrors() async throws {
        try await Self.withClient { oss in
            let missing = await #expect(throws: GetObjectError.self) {
                _ = try await oss.getObject(GetObjectRequest(bucket: "photos", key: "nothing.jpg"))
            }
            #expect(missing?.code == .noSuchKey)
            #expect(missing?.isDocumented == true)
            #expect(missing?.serviceError.httpStatus == 404)
            let noBucket = await #expect(throws: HeadObjectError.self) {
                _ = try await oss.headObject(HeadObjectRequest(bucket: "no-such-bucket", key: "a"))
            }
            #expect(noBucket?.code == .noSuchBucket)
        }
    }

    @Test("ListObjectsV2 reads the XML listing (a lone element as a list) and pages by continuation token")
    func listing() async throws {
        try await Self.withClient { oss in
            for name in ["a/1", "a/2", "a/3", "b/1", "c"] {
                _ = try await oss.putObject(
                    PutObjectRequest(bucket: "photos", key: name), body: OSSBody(bytes: Array(name.utf8)))
            }
            let grouped = try await oss.listObjectsV2(ListObjectsV2Request(bucket: "photos", delimiter: "/"))
            #expect(grouped.contents?.map(\.key) == ["c"])
            #expect(grouped.commonPrefixes?.map(\.prefix) == ["a/", "b/"])
            #expect(grouped.isTruncated == false)

            var keys: [String] = []
            var pages = 0
            for try await page in oss.listObjectsV2Pages(ListObjectsV2Request(bucket: "photos", maxKeys: 2)) {
                keys += page.contents?.compactMap(\.key) ?? []
                pages += 1
            }
            #expect(keys == ["a/1", "a/2", "a/3", "b/1", "c"])
            #expect(pages == 3)
            #expect(
                try await Array(oss.listObjectsV2Pages(ListObjectsV2Request(bucket: "photos", prefix: "a/"))).count
                    == 1)
        }
    }

    @Test("a multipart upload by hand: XML answers and the CompleteMultipartUpload document; parts listed and paged")
    func multipart() async throws {
        try await Self.withClient { oss in
            let started = try await oss.initiateMultipartUpload(
                InitiateMultipartUploadRequest(bucket: "photos", key: "big.bin", contentType: "application/x-big"))
            let uploadId = try #require(started.uploadId)
            let first = [UInt8](repeating: 1, count: 100 << 10)
            let second = [UInt8](repeating: 2, count: 10)
            var parts: [CompleteMultipartUpload.Part2] = []
            for (number, bytes) in [first, second].enumerated() {
                let part = try await oss.uploadPart(
                    UploadPartRequest(
                        bucket: "photos", key: "big.bin", partNumber: Int64(number + 1), uploadId: uploadId),
                    body: OSSBody(bytes: bytes))
                #expect(part.hashCrc64ecma == String(CRC64.checksum(bytes)))
                parts.append(CompleteMultipartUpload.Part2(partNumber: Int64(number + 1), eTag: part.eTag))
            }
            var listed: [Int64] = []
            for try await page in oss.listPartsPages(
                ListPartsRequest(bucket: "photos", key: "big.bin", uploadId: uploadId, maxParts: 1))
            {
                listed += page.part?.compactMap(\.partNumber) ?? []
            }
            #expect(listed == [1, 2])
            let done = try await oss.completeMultipartUpload(
                CompleteMultipartUploadRequest(
                    bucket: "photos", key: "big.bin", uploadId: uploadId,
                    completeMultipartUpload: CompleteMultipartUpload(part: parts)))
            #expect(done.key == "big.bin")
            #expect(done.eTag?.isEmpty == false)
            #expect(done.hashCrc64ecma == String(CRC64.checksum(first + second)))
            let stored = try await oss.getObject(GetObjectRequest(bucket: "photos", key: "big.bin"))
            #expect(try await stored.bytes() == first + second)
        }
    }

    @Test("DeleteMultipleObjects sends its XML document with the Content-MD5 OSS requires, computed for the caller")
    func deleteMultiple() async throws {
        try await Self.withClient { oss in
            for name in ["x", "y <&>"] {
                _ = try await oss.putObject(PutObjectRequest(bucket: "photos", key: name), body: OSSBody(bytes: [1]))
            }
            let answer = try await oss.deleteMultipleObjects(
                DeleteMultipleObjectsRequest(
                    bucket: "photos",
                    delete: Delete(quiet: false, object: [ObjectIdentifier(key: "x"), ObjectIdentifier(key: "y <&>")])))
            #expect(Set(answer.deleted?.compactMap(\.key) ?? []) == ["x", "y <&>"])
            let left = try await oss.listObjectsV2(ListObjectsV2Request(bucket: "photos"))
            #expect(left.contents == nil || left.contents?.isEmpty == true)
        }
    }

    @Test("CopyObject copies server-side and answers its XML result")
    func copy() async throws {
        try await Self.withClient { oss in
            _ = try await oss.putObject(
                PutObjectRequest(bucket: "photos", key: "source"), body: OSSBody(bytes: Array("copy me".utf8)))
            let copied = try await oss.copyObject(
                CopyObjectRequest(bucket: "photos", key: "target", copySource: "/photos/source"))
            #expect(copied.eTag?.isEmpty == false)
            let target = try await oss.getObject(GetObjectRequest(bucket: "photos", key: "target"))
            #expect(String(decoding: try await target.bytes(), as: UTF8.self) == "copy me")
        }
    }
}
