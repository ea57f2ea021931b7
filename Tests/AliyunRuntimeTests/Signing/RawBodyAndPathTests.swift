import AliyunRuntime
import Foundation
import NIOConcurrencyHelpers
import Testing

/// A raw body (an image OCR reads) goes as the signed body, `application/octet-stream`; a path parameter that is a
/// path whole (`{+requestPath}`) keeps its `/` and `:` as the official SDKs send it.
@Suite("Raw bodies and whole-path parameters")
struct RawBodyAndPathTests {
    struct Request: ROARequestEncodable {
        var requestPath: String

        func encode(to encoder: inout RPCQueryEncoder) throws {}

        func encodeROA(to encoder: inout ROARequestEncoder) throws {
            encoder.encodePath(requestPath, forKey: "requestPath")
        }
    }

    struct Empty: Decodable, Sendable {}

    struct Failure: OperationError {
        var serviceError: ServiceError
        var isDocumented: Bool { false }
        init(_ serviceError: ServiceError) { self.serviceError = serviceError }
    }

    final class Recorder: RPCCaller {
        let calls = NIOLockedValueBox<[RPCCall]>([])

        func call(_ call: RPCCall) async throws -> RPCReply {
            calls.withLockedValue { $0.append(call) }
            return RPCReply(status: 200, body: Array("{}".utf8))
        }
    }

    @Test("{+name} keeps the reserved characters and encodes the rest; {name} is one segment")
    func wholePath() throws {
        var encoder = ROARequestEncoder()
        encoder.encodePath("/api/v1/providers/Aliyun/resources/ACS::ECS::Instance é", forKey: "requestPath")
        encoder.encodePath("a/b c", forKey: "id")
        #expect(
            try encoder.path("{+requestPath}") == "/api/v1/providers/Aliyun/resources/ACS::ECS::Instance%20%C3%A9")
        #expect(try encoder.path("/x/{id}") == "/x/a%2Fb%20c")
        #expect(PercentEncoding.reservedExpansion("a+b=c&d#e?[f]@g!$'()*,;") == "a+b=c&d#e?[f]@g!$'()*,;")
    }

    @Test("a raw body is the call's content, octet-stream, for RPC and ROA alike")
    func rawBody() async throws {
        let recorder = Recorder()
        let image: [UInt8] = [0xFF, 0xD8, 0xFF, 0x00, 0x7F]
        _ = try await OperationInvoker.invoke(
            Request(requestPath: "/"), action: "RecognizeGeneral", product: "ocr-api", version: "2021-07-07",
            caller: recorder, response: Empty.self, failure: Failure.self, rawBody: .bytes(image))
        _ = try await OperationInvoker.invoke(
            Request(requestPath: "/api/x"), action: "Put", product: "p", version: "v", method: "PUT",
            path: "{+requestPath}", caller: recorder, response: Empty.self, failure: Failure.self,
            rawBody: .bytes(image))
        let calls = recorder.calls.withLockedValue { $0 }
        #expect(calls.map(\.content) == [RequestContent.raw(image), RequestContent.raw(image)])
        #expect(calls.first?.content?.contentType == "application/octet-stream")
        #expect(calls.last?.path == "/api/x")
        let signed = V3Signer.sign(
            {
                var input = SigningInput(
                    method: "POST", host: "ocr-api.cn-hangzhou.aliyuncs.com", action: "RecognizeGeneral",
                    version: "2021-07-07", parameters: [], date: Date(timeIntervalSince1970: 0), nonce: "n",
                    userAgent: "ua", credentials: Credentials(accessKeyId: "id", accessKeySecret: "secret"))
                input.content = calls.first?.content
                return input
            }())
        #expect(signed.body == image)
        #expect(signed.header("x-acs-content-sha256") == V3Signer.payloadHash(image))
        #expect(signed.header("content-type") == "application/octet-stream")
    }
}
