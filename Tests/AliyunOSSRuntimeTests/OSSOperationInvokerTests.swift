import AliyunRuntime
import AliyunXML
import Crypto
import Foundation
import Testing

@testable import AliyunOSSRuntime

/// How a generated request is put on the wire and an answer read, without a server: the path template's
/// sub-resource, the key, header families, the XML body's Content-MD5, and XML answers with headers.
@Suite("OSS operation invoker: requests on the wire, answers read")
struct OSSOperationInvokerTests {
    /// A request written by hand the way generated ones are.
    struct Request: OSSRequestEncodable, Encodable {
        var bucket = "photos"
        var key = "a b/c+d.jpg"
        var uploadId: String? = "u-1"
        var meta: [String: String]? = ["zeta": "last", "author": "ann"]
        var tagging: [String: [String: String]]?

        func encode(to encoder: inout RPCQueryEncoder) throws {
            encoder.encode(uploadId, forKey: "uploadId")
        }

        func encodeOSS(to encoder: inout OSSRequestEncoder) throws {
            encoder.encodeHost(bucket, forKey: "bucket")
            encoder.encodePath(key, forKey: "key")
            try encoder.encodeHeaderJSON(meta, forKey: "x-oss-meta-*")
            try encoder.encodeBodyMember(tagging, forKey: "Tagging")
        }
    }

    @Test("the template's query is the sub-resource (signed by V1), then the request's query; the key is not encoded")
    func call() throws {
        let call = try OSSOperationInvoker.makeCall(
            Request(), method: "POST", path: "/{key}?uploads&comp=x", body: nil, isIdempotent: false)
        #expect(call.bucket == "photos")
        #expect(call.key == "a b/c+d.jpg")
        #expect(call.query == [OSSQueryItem("uploads"), OSSQueryItem("comp", "x"), OSSQueryItem("uploadId", "u-1")])
        #expect(call.subresources == ["uploads", "comp"])
        #expect(call.headers.entries.map(\.name) == ["x-oss-meta-author", "x-oss-meta-zeta"])
        #expect(call.headers["x-oss-meta-author"] == "ann")
        #expect(!call.isIdempotent)
        #expect(!call.reportsBodyCRC)
    }

    @Test("a bucket-level path has no key; a path value missing is ROAPathError")
    func bucketLevel() throws {
        let call = try OSSOperationInvoker.makeCall(
            Request(), method: "GET", path: "/?list-type=2", body: nil, isIdempotent: true)
        #expect(call.key == nil)
        #expect(call.query.first == OSSQueryItem("list-type", "2"))
        #expect(throws: ROAPathError.self) {
            _ = try OSSOperationInvoker.makeCall(
                Request(), method: "GET", path: "/{channel}", body: nil, isIdempotent: true)
        }
    }

    @Test("an XML body gets its Content-Type and the Content-MD5 OSS checks, unless given; a raw body's CRC is kept")
    func xmlBody() throws {
        var request = Request()
        request.tagging = ["TagSet": ["Key": "a"]]
        let call = try OSSOperationInvoker.makeCall(
            request, method: "PUT", path: "/?tagging", body: nil, isIdempotent: true)
        let document = try XMLTreeEncoder.document(["TagSet": ["Key": "a"]], root: "Tagging")
        #expect(call.headers["Content-Type"] == "application/xml")
        #expect(call.headers["Content-MD5"] == Data(Insecure.MD5.hash(data: document)).base64EncodedString())
        #expect(call.body.length == document.count)
        let upload = try OSSOperationInvoker.makeCall(
            Request(), method: "PUT", path: "/{key}", body: OSSBody(bytes: [1, 2]), isIdempotent: true)
        #expect(upload.reportsBodyCRC)
        #expect(upload.body.length == 2)
    }

    struct Listing: Decodable, Sendable {
        struct Summary: Decodable, Sendable {
            var key: String?
            enum CodingKeys: String, CodingKey { case key = "Key" }
        }

        var name: String?
        var contents: [Summary]?
        var requestId: String?
        var meta: [String: String]?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case contents = "Contents"
            case requestId = "x-oss-request-id"
            case meta = "x-oss-meta-*"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = container.decodeLeniently(String.self, forKey: .name)
            contents = container.decodeLeniently([Summary].self, forKey: .contents)
            requestId = container.decodeLeniently(String.self, forKey: .requestId)
            meta = try container.decodeIfPresent([String: String].self, forKey: .meta)
        }
    }

    @Test("the root's children are the members, a lone element is a list of one, headers fill header members")
    func answers() throws {
        let one = """
            <?xml version="1.0"?><ListBucketResult><Name>photos</Name><Contents><Key>a</Key></Contents></ListBucketResult>
            """
        let listing = try OSSAnswerDecoder.decode(
            Listing.self, action: "ListObjectsV2", status: 200,
            headers: ["x-oss-request-id": "r-1", "x-oss-meta-author": "ann", "etag": "\"e\""],
            document: Array(one.utf8),
            responseHeaders: ["x-oss-request-id": "x-oss-request-id", "x-oss-meta-*": "x-oss-meta-*"])
        #expect(listing.name == "photos")
        #expect(listing.contents?.map(\.key) == ["a"])
        #expect(listing.requestId == "r-1")
        #expect(listing.meta == ["author": "ann"])
        let two = "<R><Contents><Key>a</Key></Contents><Contents><Key>b</Key></Contents></R>"
        let both = try OSSAnswerDecoder.decode(
            Listing.self, action: "ListObjectsV2", status: 200, headers: [:], document: Array(two.utf8),
            responseHeaders: [:])
        #expect(both.contents?.map(\.key) == ["a", "b"])
    }

    @Test("an answer that is not XML is ResponseDecodingError naming the action")
    func notXML() throws {
        let error = #expect(throws: ResponseDecodingError.self) {
            _ = try OSSAnswerDecoder.decode(
                Listing.self, action: "ListObjectsV2", status: 200, headers: [:], document: Array("{}".utf8),
                responseHeaders: [:])
        }
        #expect(error?.action == "ListObjectsV2")
    }
}
