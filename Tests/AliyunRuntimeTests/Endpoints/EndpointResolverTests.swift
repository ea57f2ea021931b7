import AliyunRuntime
import Testing

@Suite("Endpoints")
struct EndpointResolverTests {
    @Test("explicit, then the documented regional host, then product.region.aliyuncs.com")
    func order() throws {
        let regional = ["cn-hangzhou": "ecs-cn-hangzhou.aliyuncs.com"]
        let explicit = try #require(ServiceEndpoint("http://127.0.0.1:8080"))
        #expect(
            try EndpointResolver(explicit: explicit, regional: regional).resolve(product: "Ecs", region: "cn-hangzhou")
                == explicit)
        #expect(
            try EndpointResolver(regional: regional).resolve(product: "Ecs", region: "cn-hangzhou")
                == ServiceEndpoint(host: "ecs-cn-hangzhou.aliyuncs.com"))
        #expect(
            try EndpointResolver(regional: regional).resolve(product: "Ecs", region: "eu-central-1")
                == ServiceEndpoint(host: "ecs.eu-central-1.aliyuncs.com"))
        #expect(throws: ConfigurationError.self) { try EndpointResolver().resolve(product: "Ecs", region: nil) }
    }

    @Test(
        "a region that is not a region id never reaches the host name",
        arguments: ["x.evil.com?", "cn hangzhou", "CN-HANGZHOU", "a/b"])
    func badRegion(region: String) {
        #expect(throws: ConfigurationError.self) { try EndpointResolver().resolve(product: "Ecs", region: region) }
    }

    @Test(
        "endpoint URLs",
        arguments: [
            ("https://ecs.aliyuncs.com", "https", "ecs.aliyuncs.com", nil),
            ("http://localhost:9000/", "http", "localhost", 9000),
            ("ecs.example.com", "https", "ecs.example.com", nil), ("example.com:8443", "https", "example.com", 8443),
        ] as [(String, String, String, Int?)])
    func parsing(text: String, scheme: String, host: String, port: Int?) throws {
        let endpoint = try #require(ServiceEndpoint(text))
        #expect(endpoint.scheme == scheme)
        #expect(endpoint.host == host)
        #expect(endpoint.port == port)
    }

    @Test("malformed endpoint URLs", arguments: ["", "ftp://x", "http://", "host/path", "host:99999", "a b"])
    func malformed(text: String) {
        #expect(ServiceEndpoint(text) == nil)
    }
}
