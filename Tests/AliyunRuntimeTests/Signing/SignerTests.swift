import AliyunRuntime
import Foundation
import Testing

@Suite("Signing details")
struct SignerTests {
    static let input = SigningInput(
        host: "ecs-cn-hangzhou.aliyuncs.com", action: "DescribeRegions", version: "2014-05-26",
        parameters: [RPCQueryItem(name: "B", value: "2"), RPCQueryItem(name: "A", value: "a b*~")],
        date: Date(timeIntervalSince1970: 1_764_417_600), nonce: "n-1", userAgent: "UA",
        credentials: Credentials(accessKeyId: "id", accessKeySecret: "secret"))

    @Test("RFC 3986 encoding keeps only unreserved characters")
    func encoding() {
        #expect(PercentEncoding.rfc3986("a b+*~/é") == "a%20b%2B%2A~%2F%C3%A9")
        #expect(PercentEncoding.canonicalQuery(Self.input.parameters) == "A=a%20b%2A~&B=2")
    }

    @Test("dates are UTC seconds with Z")
    func timestamp() {
        #expect(Self.input.timestamp == "2025-11-29T12:00:00Z")
    }

    @Test("a different date or nonce gives a different signature")
    func freshness() {
        var later = Self.input
        later.date += 1
        var otherNonce = Self.input
        otherNonce.nonce = "n-2"
        let signatures = Set([Self.input, later, otherNonce].map { V3Signer.sign($0).signature })
        #expect(signatures.count == 3)
        #expect(Set([Self.input, later, otherNonce].map { V1Signer.sign($0).signature }).count == 3)
    }

    @Test("V1 adds exactly commonParameterNames to the operation's parameters (with an STS token)")
    func v1CommonParameters() {
        var input = Self.input
        input.credentials = Credentials(accessKeyId: "id", accessKeySecret: "secret", securityToken: "token")
        let names = V1Signer.sign(input).query.split(separator: "&").map { String($0.split(separator: "=")[0]) }
        let own = Set(input.parameters.map { PercentEncoding.rfc3986($0.name) })
        #expect(Set(names).subtracting(own) == V1Signer.commonParameterNames)
    }

    @Test("documented header parameters: V1 sends them unsigned, V3 sends and signs them")
    func headerParameters() {
        var input = Self.input
        input.headers = [RPCQueryItem(name: "Content-Type", value: "application/json;charset=UTF-8")]
        let v1 = V1Signer.sign(input)
        #expect(v1.headers.contains { $0.name == "Content-Type" && $0.value == "application/json;charset=UTF-8" })
        #expect(v1.signature == V1Signer.sign(Self.input).signature, "V1 signs the query only")
        #expect(!v1.query.contains("Content-Type"))
        let v3 = V3Signer.sign(input)
        #expect(v3.headers.contains { $0.name == "content-type" && $0.value == "application/json;charset=UTF-8" })
        #expect(v3.canonicalRequest?.contains("content-type:application/json;charset=UTF-8\n") == true)
        #expect(v3.signature != V3Signer.sign(Self.input).signature)
    }
}
