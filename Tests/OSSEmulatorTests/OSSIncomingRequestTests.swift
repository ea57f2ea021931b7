import Testing

@testable import OSSEmulator

@Suite("OSS emulator: addressing")
struct OSSIncomingRequestTests {
    func read(_ target: String, host: String) throws -> OSSIncomingRequest {
        try #require(
            OSSIncomingRequest(method: "GET", target: target, headers: ["host": host], body: [], domain: "localhost"))
    }

    @Test("virtual-hosted (BUCKET.DOMAIN) and path-style (/BUCKET/KEY) name the same bucket and key")
    func styles() throws {
        let virtual = try read("/dir/a%20b%2Bc.txt?acl", host: "photos.localhost:9000")
        #expect(virtual.bucket == "photos")
        #expect(virtual.key == "dir/a b+c.txt")
        #expect(virtual.has("acl"))
        let path = try read("/photos/dir/a%20b%2Bc.txt?acl", host: "127.0.0.1:9000")
        #expect(path.bucket == "photos")
        #expect(path.key == "dir/a b+c.txt")
        let bucketOnly = try read("/photos/", host: "127.0.0.1:9000")
        #expect(bucketOnly.bucket == "photos")
        #expect(bucketOnly.key == nil)
        let service = try read("/?prefix=a", host: "127.0.0.1:9000")
        #expect(service.bucket == nil)
        #expect(service.parameter("prefix") == "a")
        let virtualRoot = try read("/", host: "photos.localhost")
        #expect(virtualRoot.bucket == "photos")
        #expect(virtualRoot.key == nil)
    }

    @Test("a broken escape or invalid UTF-8 is not a request; + stays a plus")
    func decoding() throws {
        #expect(OSSIncomingRequest(method: "GET", target: "/b/%zz", headers: [:], body: [], domain: "localhost") == nil)
        #expect(OSSIncomingRequest(method: "GET", target: "/b/%C3", headers: [:], body: [], domain: "localhost") == nil)
        let plus = try read("/b/a+b?prefix=x+y", host: "h")
        #expect(plus.key == "a+b")
        #expect(plus.parameter("prefix") == "x+y")
    }
}
