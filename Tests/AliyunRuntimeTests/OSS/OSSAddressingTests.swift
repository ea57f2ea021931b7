import AliyunRuntime
import Testing

/// Endpoints and URLs against the official OSS SDK for Python (``OfficialOSSVectors``).
@Suite("OSS addressing: the official SDK's endpoints and URLs")
struct OSSAddressingTests {
    @Test("every region's endpoint of every kind, over HTTPS and HTTP")
    func regions() throws {
        let regions = try #require(OfficialOSSVectors.recorded?.addressing.regions)
        #expect(regions.count == 30)
        for vector in regions {
            let kind = try #require(OSSEndpoint.Kind(rawValue: vector.kind))
            let endpoint = try #require(OSSEndpoint(region: vector.region, kind: kind, secure: vector.secure))
            #expect(endpoint.description == vector.endpoint)
        }
        #expect(OSSEndpoint(region: "CN_Hangzhou") == nil)
        #expect(OSSEndpoint(region: "") == nil)
    }

    @Test("each style's URL, an IP endpoint going path-style, as the SDK builds them")
    func urls() throws {
        let urls = try #require(OfficialOSSVectors.recorded?.addressing.urls)
        #expect(urls.count >= 48)
        for vector in urls {
            let endpoint = try #require(OSSEndpoint(vector.endpoint))
            let style = try #require(OSSAddressingStyle(rawValue: vector.style))
            let url = OSSAddressing.url(endpoint: endpoint, style: style, bucket: vector.bucket, key: vector.key)
            if endpoint.host.hasPrefix("[") {
                // Deliberately not the SDK's: for an IPv6 endpoint it puts the bucket before the address
                // (`https://bucket.[::1]:8443/`), a host no resolver knows; an IP endpoint of either family is path-style.
                #expect(!url.contains("bucket.["), "\(url)")
                continue
            }
            #expect(
                url == vector.url, "\(vector.endpoint) \(vector.style) \(vector.bucket ?? "-") \(vector.key ?? "-")")
        }
    }

    @Test("endpoints given whole: a scheme added, other schemes and empty hosts refused, IPs told apart")
    func givenEndpoints() {
        #expect(OSSEndpoint("oss-cn-hangzhou.aliyuncs.com")?.description == "https://oss-cn-hangzhou.aliyuncs.com")
        #expect(OSSEndpoint("oss-cn-hangzhou.aliyuncs.com", secure: false)?.scheme == "http")
        #expect(OSSEndpoint("ftp://example.com") == nil)
        #expect(OSSEndpoint("https://") == nil)
        #expect(OSSEndpoint("https://user@example.com") == nil)
        #expect(OSSEndpoint("http://127.0.0.1:9000/ignored/path")?.host == "127.0.0.1:9000")
        #expect(OSSEndpoint("http://127.0.0.1:9000")?.isIPAddress == true)
        #expect(OSSEndpoint("http://[::1]:9000")?.isIPAddress == true)
        #expect(OSSEndpoint("http://[::1]:9000")?.hostname == "::1")
        #expect(OSSEndpoint("http://1.2.3.example.com")?.isIPAddress == false)
    }

    @Test("bucket names and object keys by OSS's rules")
    func naming() {
        for valid in ["abc", "my-bucket-2026", String(repeating: "a", count: 63)] {
            #expect(OSSNaming.isValidBucketName(valid), "\(valid)")
        }
        for invalid in ["ab", "-abc", "abc-", "ABC", "a_b", "a.b", String(repeating: "a", count: 64), "中文桶"] {
            #expect(!OSSNaming.isValidBucketName(invalid), "\(invalid)")
        }
        #expect(OSSNaming.isValidObjectKey("a"))
        #expect(OSSNaming.isValidObjectKey(String(repeating: "文", count: 341)))  // 1,023 bytes
        #expect(!OSSNaming.isValidObjectKey(String(repeating: "文", count: 342)))  // 1,026 bytes
        #expect(!OSSNaming.isValidObjectKey(""))
        #expect(!OSSNaming.isValidObjectKey("/leading"))
        #expect(!OSSNaming.isValidObjectKey("\\leading"))
    }
}
