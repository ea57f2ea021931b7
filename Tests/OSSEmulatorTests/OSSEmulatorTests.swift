import AliyunRuntime
import Foundation
import OSSEmulator
import Testing

@Suite("OSS emulator over loopback HTTP")
struct OSSEmulatorTests {
    @Test("put, get, range and head: the bytes, the ETag and the CRC-64 the runtime computes")
    func objects() async throws {
        try await OSSHarness.with { oss in
            let body = Array("hello, 阿里云\n".utf8) + (0..<5000).map { UInt8($0 % 251) }
            var headers = OSSHeaders()
            headers.set("Content-Type", "text/plain")
            headers.set("x-oss-meta-author", "Zhang San")
            let put = try await oss.send("PUT", key: "dir/a b+c.txt", headers: headers, body: body)
            #expect(put.status == 200)
            #expect(put.headers["x-oss-hash-crc64ecma"] == String(CRC64.checksum(body)))
            let get = try await oss.send("GET", key: "dir/a b+c.txt")
            #expect(get.status == 200)
            #expect(get.body == body)
            #expect(get.headers["content-type"] == "text/plain")
            #expect(get.headers["x-oss-meta-author"] == "Zhang San")
            #expect(get.headers["etag"] == put.headers["etag"])
            var range = OSSHeaders()
            range.set("Range", "bytes=10-19")
            let partial = try await oss.send("GET", key: "dir/a b+c.txt", headers: range)
            #expect(partial.status == 206)
            #expect(partial.body == Array(body[10...19]))
            #expect(partial.headers["content-range"] == "bytes 10-19/\(body.count)")
            let head = try await oss.send("HEAD", key: "dir/a b+c.txt")
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == String(body.count))
            var unchanged = OSSHeaders()
            unchanged.set("If-None-Match", put.headers["etag"] ?? "")
            #expect(try await oss.send("GET", key: "dir/a b+c.txt", headers: unchanged).status == 304)
        }
    }

    @Test("listing: delimiter, prefixes, pages that neither repeat nor skip a key")
    func listing() async throws {
        try await OSSHarness.with { oss in
            let keys = ["a/1", "a/2", "a/3", "b", "c/x/1", "c/y", "d", "é", "z/"]
            for key in keys { _ = try await oss.send("PUT", key: key, body: Array(key.utf8)) }
            let rolled = try await oss.send(
                "GET", query: [OSSQueryItem("list-type", "2"), OSSQueryItem("delimiter", "/")])
            #expect(rolled.status == 200)
            #expect(rolled.text.contains("<CommonPrefixes><Prefix>a/</Prefix></CommonPrefixes>"))
            #expect(rolled.text.contains("<KeyCount>6</KeyCount>"))
            var seen: [String] = []
            var token: String?
            var pages = 0
            repeat {
                var query = [
                    OSSQueryItem("list-type", "2"), OSSQueryItem("delimiter", "/"), OSSQueryItem("max-keys", "2"),
                ]
                if let token { query.append(OSSQueryItem("continuation-token", token)) }
                let page = try await oss.send("GET", query: query)
                #expect(page.status == 200)
                seen += Self.values(of: "Key", in: page.text) + Self.values(of: "Prefix", in: page.text).dropFirst()
                token = Self.values(of: "NextContinuationToken", in: page.text).first
                pages += 1
            } while token != nil && pages < 10
            #expect(pages == 3)
            #expect(seen.sorted() == ["a/", "b", "c/", "d", "z/", "é"])
        }
    }

    @Test("multipart: parts joined, ETag of the parts, CRC-64 combined; a short middle part refused")
    func multipart() async throws {
        try await OSSHarness.with(maximumObjectBytes: 1 << 20) { oss in
            let initiated = try await oss.send("POST", key: "big.bin", query: [OSSQueryItem("uploads")])
            let id = try #require(Self.values(of: "UploadId", in: initiated.text).first)
            let parts = [[UInt8](repeating: 1, count: 100 * 1024), [UInt8](repeating: 2, count: 10)]
            var etags: [String] = []
            for (index, part) in parts.enumerated() {
                let sent = try await oss.send(
                    "PUT", key: "big.bin",
                    query: [OSSQueryItem("partNumber", String(index + 1)), OSSQueryItem("uploadId", id)], body: part)
                #expect(sent.status == 200)
                etags.append(sent.headers["etag"] ?? "")
            }
            let document =
                "<CompleteMultipartUpload>"
                + etags.enumerated().map { "<Part><PartNumber>\($0 + 1)</PartNumber><ETag>\($1)</ETag></Part>" }
                .joined() + "</CompleteMultipartUpload>"
            let completed = try await oss.send(
                "POST", key: "big.bin", query: [OSSQueryItem("uploadId", id)], body: Array(document.utf8))
            #expect(completed.status == 200)
            let whole = parts.flatMap { $0 }
            #expect(completed.headers["x-oss-hash-crc64ecma"] == String(CRC64.checksum(whole)))
            #expect(try await oss.send("GET", key: "big.bin").body == whole)

            let second = try await oss.send("POST", key: "small.bin", query: [OSSQueryItem("uploads")])
            let secondId = try #require(Self.values(of: "UploadId", in: second.text).first)
            var small: [String] = []
            for number in 1...2 {
                let sent = try await oss.send(
                    "PUT", key: "small.bin",
                    query: [OSSQueryItem("partNumber", String(number)), OSSQueryItem("uploadId", secondId)],
                    body: [1, 2, 3])
                small.append(sent.headers["etag"] ?? "")
            }
            let refused = try await oss.send(
                "POST", key: "small.bin", query: [OSSQueryItem("uploadId", secondId)],
                body: Array(
                    ("<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\(small[0])</ETag></Part>"
                        + "<Part><PartNumber>2</PartNumber><ETag>\(small[1])</ETag></Part></CompleteMultipartUpload>")
                        .utf8))
            #expect(refused.status == 400)
            #expect(refused.errorCode == "EntityTooSmall")
        }
    }

    @Test("signatures: a wrong secret, a skewed clock, an unsigned call, an expired presigned URL are refused")
    func signatures() async throws {
        try await OSSHarness.with { oss in
            _ = try await oss.send("PUT", key: "k", body: [1])
            let wrong = try await oss.send(
                "GET", key: "k", credentials: Credentials(accessKeyId: OSSHarness.key.accessKeyId, accessKeySecret: "x")
            )
            #expect(wrong.status == 403)
            #expect(wrong.errorCode == "SignatureDoesNotMatch")
            #expect(wrong.text.contains("<StringToSign>OSS4-HMAC-SHA256\n"))
            let unknown = try await oss.send(
                "GET", key: "k", credentials: Credentials(accessKeyId: "LTAI-nobody", accessKeySecret: "x"))
            #expect(unknown.errorCode == "InvalidAccessKeyId")
            let skewed = try await oss.send("GET", key: "k", at: Date().addingTimeInterval(-3600))
            #expect(skewed.errorCode == "RequestTimeTooSkewed")
            let anonymous = try await oss.transmit("GET", url: oss.emulator.url + "/test-bucket/k", OSSHeaders(), [])
            #expect(anonymous.status == 403)
            #expect(anonymous.errorCode == "AccessDenied")
            let fresh = try await oss.transmit("GET", url: oss.presignedURL("GET", key: "k"), OSSHeaders(), [])
            #expect(fresh.status == 200)
            #expect(fresh.body == [1])
            let expired = try await oss.transmit(
                "GET", url: oss.presignedURL("GET", key: "k", expires: 60, at: Date().addingTimeInterval(-120)),
                OSSHeaders(), [])
            #expect(expired.status == 403)
            #expect(expired.text.contains("Request has expired."))
        }
    }

    @Test("Signature V1: in the header and in a presigned URL; a wrong secret refused")
    func signatureV1() async throws {
        try await OSSHarness.with { oss in
            _ = try await oss.send("PUT", key: "v1.txt", body: Array("one".utf8))
            let request = OSSRequestToSign(method: "GET", bucket: OSSHarness.bucket, key: "v1.txt", region: "")
            let signed = OSSV1Signer.sign(request, credentials: OSSHarness.key, at: Date())
            let url = oss.url(bucket: OSSHarness.bucket, key: "v1.txt", signature: signed)
            #expect(try await oss.transmit("GET", url: url, signed.headers, []).text == "one")
            let presigned = OSSV1Signer.presign(request, credentials: OSSHarness.key, expiry: Date() + 60)
            let link = oss.url(bucket: OSSHarness.bucket, key: "v1.txt", signature: presigned)
            #expect(try await oss.transmit("GET", url: link, OSSHeaders(), []).text == "one")
            let wrong = OSSV1Signer.sign(
                request, credentials: Credentials(accessKeyId: OSSHarness.key.accessKeyId, accessKeySecret: "x"),
                at: Date())
            let refused = try await oss.transmit("GET", url: url, wrong.headers, [])
            #expect(refused.errorCode == "SignatureDoesNotMatch")
            let expired = OSSV1Signer.presign(request, credentials: OSSHarness.key, expiry: Date() - 1)
            let late = try await oss.transmit(
                "GET", url: oss.url(bucket: OSSHarness.bucket, key: "v1.txt", signature: expired), OSSHeaders(), [])
            #expect(late.text.contains("Request has expired."))
        }
    }

    @Test("bounded: an object over the limit, a store that is full, hostile XML, bad names are refused")
    func bounds() async throws {
        try await OSSHarness.with(maximumObjectBytes: 64 * 1024, maximumTotalBytes: 100 * 1024) { oss in
            let large = try await oss.send("PUT", key: "large", body: [UInt8](repeating: 0, count: 64 * 1024 + 1))
            #expect(large.errorCode == "EntityTooLarge")
            #expect(try await oss.send("PUT", key: "one", body: [UInt8](repeating: 0, count: 60 * 1024)).status == 200)
            let full = try await oss.send("PUT", key: "two", body: [UInt8](repeating: 0, count: 60 * 1024))
            #expect(full.errorCode == "EntityTooLarge")
            #expect(full.text.contains("store is full"))
            #expect(await oss.emulator.store.bytesHeld == 60 * 1024)
            let bomb = """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
                <Delete><Object><Key>&b;</Key></Object></Delete>
                """
            let hostile = try await oss.send("POST", query: [OSSQueryItem("delete")], body: Array(bomb.utf8))
            #expect(hostile.errorCode == "MalformedXML")
            let badBucket = try await oss.send("PUT", bucket: "Bad_Bucket")
            #expect(badBucket.errorCode == "InvalidBucketName")
            let deep = String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
            let nested = try await oss.send("POST", query: [OSSQueryItem("delete")], body: Array(deep.utf8))
            #expect(nested.errorCode == "MalformedXML")
        }
    }

    /// The texts of every `<name>…</name>` in a document, in order.
    static func values(of name: String, in text: String) -> [String] {
        var values: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "<\(name)>"), let end = rest[start.upperBound...].range(of: "</\(name)>") {
            values.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return values
    }
}
