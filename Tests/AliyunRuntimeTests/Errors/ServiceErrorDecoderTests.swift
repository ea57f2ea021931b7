import AliyunRuntime
import Foundation
import Testing

@Suite("Service error bodies")
struct ServiceErrorDecoderTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/errors")

    func decode(_ file: String, status: Int) throws -> any Error {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(file))
        return ServiceErrorDecoder.decode(status: status, body: [UInt8](data))
    }

    @Test("the real JSON bodies decode by field name")
    func json() throws {
        let notFound = try #require(try decode("ecs-InvalidImageId.NotFound.json", status: 404) as? ServiceError)
        #expect(notFound.code == "InvalidImageId.NotFound")
        #expect(notFound.message == "The specified ImageId does not exist.")
        #expect(notFound.requestId == "6BE56E05-XXXX-XXXX-XXXX-FD90C4FFD581")
        #expect(notFound.hostId == "ecs.ap-southeast-3.aliyuncs.com")
        #expect(notFound.recommend?.hasPrefix("https://api.alibabacloud.com/troubleshoot") == true)
        #expect(notFound.httpStatus == 404)

        let ram = try #require(try decode("ecs-Forbidden.RAM-AccessDeniedDetail.json", status: 403) as? ServiceError)
        #expect(ram.code == "Forbidden.RAM")
        #expect(ram.accessDeniedDetail?.authAction == "ecs:DescribeInstances")
        #expect(ram.accessDeniedDetail?.authPrincipalType == "SubUser")
        #expect(ram.accessDeniedDetail?.encodedDiagnosticMessage == "AQIBIAAAA....bwhg==")

        let masked = try #require(try decode("ecs-InvalidParameter-format.json", status: 400) as? ServiceError)
        #expect(masked.code == "InvalidP******")
        let cas = try #require(try decode("cas-InvalidAction.NotFound.json", status: 404) as? ServiceError)
        #expect(cas.hostId == "cas.aliyuncs.com")
    }

    @Test(
        "ROA spellings and a numeric code decode; one member of an unexpected type hides nothing",
        arguments: [
            (#"{"code":"ErrorClusterNotFound","message":"m","requestId":"r"}"#, "ErrorClusterNotFound", "r"),
            (#"{"Code":400,"Message":"m","RequestId":"r"}"#, "400", "r"),
            (#"{"Code":"X","Message":"m","request_id":"r","AccessDeniedDetail":7}"#, "X", "r"),
        ])
    func spellings(body: String, code: String, requestId: String) throws {
        let error = try #require(ServiceErrorDecoder.decode(status: 400, body: Array(body.utf8)) as? ServiceError)
        #expect(error.code == code)
        #expect(error.message == "m")
        #expect(error.requestId == requestId)
    }

    @Test("the XML <Error> form decodes too")
    func xml() throws {
        let error = try #require(try decode("bss-xml-error.xml", status: 404) as? ServiceError)
        #expect(error.code == "InvalidAction.NotFound")
        #expect(error.message == "Specified api is not found, please check your url and method.")
        #expect(error.requestId == "9823FD72-9A5D-4D3F-BA2C-F8238696A81C")
        #expect(error.hostId == "business.aliyuncs.com")
    }

    @Test("a body with no code is unreadable, and keeps the status and first bytes")
    func unreadable() {
        for body in ["<html>502</html>", "{\"Message\": \"no code\"}", "", String(repeating: "x", count: 1_000)] {
            let error = ServiceErrorDecoder.decode(status: 502, body: Array(body.utf8))
            let unreadable = error as? UnreadableErrorBody
            #expect(unreadable?.httpStatus == 502)
            #expect(unreadable?.bodyPrefix == String(body.prefix(256)))
        }
    }
}
