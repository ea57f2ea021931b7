import AliyunRuntime
import FCSDK
import Foundation
import LoopbackServer
import NIOCore
import Testing

/// Function Compute 3.0's InvokeFunction streamed both ways over real HTTP, through the gateway that verifies every
/// signature: a file and a read-once sequence as the body (ACS3 signs their SHA-256, read before sending; the legacy
/// ROA signature signs no body), the answer read as its chunks arrive, an asynchronous invocation, the function's own
/// failure, the service's error, and retries that resend the whole body.
@Suite("Function Compute streaming: InvokeFunction's body and answer stream, and verify at the gateway")
struct FunctionComputeStreamingTests {
    /// `count` bytes that are not text, the same each run.
    static func event(count: Int) -> [UInt8] {
        var state: UInt32 = 2_463_534_242
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
    }

    static let request = InvokeFunctionRequest(functionName: "resize", qualifier: "LATEST")

    /// A sequence of chunks that can be read once, as a body read from a socket or a pipe is.
    static func once(_ bytes: [UInt8], chunk: Int = 64 * 1024) -> RequestBody {
        let chunks = stride(from: 0, to: bytes.count, by: chunk).map {
            ByteBuffer(bytes: bytes[$0..<min($0 + chunk, bytes.count)])
        }
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        for piece in chunks { continuation.yield(piece) }
        continuation.finish()
        return RequestBody(length: nil, once: stream)
    }

    @Test(
        "a 3 MiB file is the body, read in chunks; ACS3 signs its SHA-256, the legacy ROA signature none",
        arguments: [SignatureVersion.v3, .v1])
    func fileBody(signatureVersion: SignatureVersion) async throws {
        let bytes = Self.event(count: 3 << 20)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fc-event-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await VerifyingGatewayServer.with(answer: { _ in "ok" }) { gateway in
            let client = FCClient(configuration: gateway.configuration(signatureVersion: signatureVersion))
            let answer = try await client.invokeFunction(
                Self.request, body: try RequestBody(file: path, chunkSize: 256 * 1024))
            #expect(try await answer.collect().body == Array("ok".utf8))
            let (call, body) = try gateway.onlyRequest()
            #expect(call.signatureVersion == signatureVersion)
            #expect(call.headers["content-type"] == "application/octet-stream")
            #expect(body == bytes)
        }
    }

    @Test(
        "a body that can be read once verifies: held to be hashed for ACS3, streamed as it is read otherwise",
        arguments: [SignatureVersion.v3, .v1])
    func onceBody(signatureVersion: SignatureVersion) async throws {
        let bytes = Self.event(count: 300_000)
        try await VerifyingGatewayServer.with(answer: { _ in "ok" }) { gateway in
            let client = FCClient(configuration: gateway.configuration(signatureVersion: signatureVersion))
            _ = try await client.invokeFunction(Self.request, body: Self.once(bytes))
            let (_, body) = try gateway.onlyRequest()
            #expect(body == bytes)
        }
    }

    @Test("the answer is handed over as its chunks arrive, not read whole first")
    func streamedAnswer() async throws {
        let chunks = (0..<5).map { "chunk \($0);" }
        try await VerifyingGatewayServer.with(reply: { _, _ in
            .trickle(
                status: 200, headers: ["x-fc-request-id": "R-STREAM"], chunks: chunks, interval: .milliseconds(30))
        }) { gateway in
            let client = FCClient(configuration: gateway.configuration())
            let answer = try await client.invokeFunction(Self.request, body: .bytes(Array("{}".utf8)))
            #expect(answer.status == 200)
            #expect(answer.headers["x-fc-request-id"] == "R-STREAM")
            var received: [String] = []
            for try await chunk in answer.body { received.append(String(buffer: chunk)) }
            #expect(received.count > 1, "the chunks arrived one by one: \(received)")
            #expect(received.joined() == chunks.joined())
        }
    }

    @Test("an asynchronous invocation sends x-fc-invocation-type: Async and gets 202 with an empty body")
    func asynchronous() async throws {
        try await VerifyingGatewayServer.with(reply: { _, _ in
            .respond(status: 202, headers: ["x-fc-request-id": "R-ASYNC"], body: "", delay: .zero)
        }) { gateway in
            let client = FCClient(configuration: gateway.configuration())
            var request = Self.request
            request.xFcInvocationType = "Async"
            request.xFcAsyncTaskId = "task-1"
            let answer = try await client.invokeFunction(request, body: .bytes(Array(#"{"n":1}"#.utf8)))
            #expect(answer.status == 202)
            #expect(try await answer.collect().body.isEmpty)
            let (call, _) = try gateway.onlyRequest()
            #expect(call.headers["x-fc-invocation-type"] == "Async")
            #expect(call.headers["x-fc-async-task-id"] == "task-1")
        }
    }

    @Test("the function's own failure (200 with x-fc-error-type) reads as FunctionInvocationError")
    func functionFailure() async throws {
        let body = #"""
            {"errorMessage":"something is wrong","errorType":"Exception",
             "stackTrace":[["File \"/code/index.py\"","line 2","in handler","raise Exception('something is wrong')"]]}
            """#
        try await VerifyingGatewayServer.with(reply: { _, n in
            n == 0
                ? .respond(
                    status: 200,
                    headers: ["x-fc-error-type": "UnhandledInvocationError", "x-fc-request-id": "R-FAIL"],
                    body: body, delay: .zero)
                : .respond(status: 200, headers: ["x-fc-request-id": "R-OK"], body: "done", delay: .zero)
        }) { gateway in
            let client = FCClient(configuration: gateway.configuration())
            let failed = try await client.invokeFunction(Self.request).collect()
            let error = try #require(failed.functionError)
            #expect(error.kind == "UnhandledInvocationError")
            #expect(error.errorType == "Exception")
            #expect(error.message == "something is wrong")
            #expect(error.requestId == "R-FAIL")
            guard case .array(let frames)? = error.stackTrace else {
                Issue.record("the stack is the runtime's list: \(String(describing: error.stackTrace))")
                return
            }
            #expect(frames.count == 1)
            #expect(throws: error) { try failed.throwingFunctionError() }
            let succeeded = try await client.invokeFunction(Self.request).collect()
            #expect(succeeded.functionError == nil)
            #expect(try succeeded.throwingFunctionError().body == Array("done".utf8))
        }
    }

    @Test("the service's error (404 FunctionNotFound) is thrown as the operation's typed error, its body read whole")
    func serviceError() async throws {
        try await VerifyingGatewayServer.with(reply: { _, _ in
            .respond(
                status: 404, headers: ["content-type": "application/json"],
                body: #"{"Code":"FunctionNotFound","Message":"function 'resize' does not exist","RequestId":"R-404"}"#,
                delay: .zero)
        }) { gateway in
            let client = FCClient(configuration: gateway.configuration())
            do {
                _ = try await client.invokeFunction(Self.request, body: .bytes([1, 2, 3]))
                Issue.record("a 404 answer was not thrown")
            } catch let error as InvokeFunctionError {
                #expect(error.code.rawValue == "FunctionNotFound")
                #expect(error.serviceError.httpStatus == 404)
                #expect(error.serviceError.requestId == "R-404")
            }
        }
    }

    /// Sleeps not at all, so that retries are immediate.
    struct NoSleep: Sleeper {
        func sleep(for duration: Duration) async throws {}
    }

    @Test(
        "throttled, a body that can be made again is sent again whole; one read once is retried only when ACS3 held it",
        arguments: [(SignatureVersion.v3, false), (.v3, true), (.v1, false), (.v1, true)])
    func retries(signatureVersion: SignatureVersion, readOnce: Bool) async throws {
        let bytes = Self.event(count: 200_000)
        try await VerifyingGatewayServer.with(reply: { _, n in
            n == 0
                ? .respond(
                    status: 429, headers: ["content-type": "application/json"],
                    body: #"{"Code":"Throttling.User","Message":"slow down","RequestId":"R-429"}"#, delay: .zero)
                : .respond(status: 200, headers: [:], body: "ok", delay: .zero)
        }) { gateway in
            var configuration = gateway.configuration(signatureVersion: signatureVersion)
            configuration.retry = RetryPolicy()
            configuration.sleeper = NoSleep()
            let client = FCClient(configuration: configuration)
            let body = readOnce ? Self.once(bytes) : .bytes(bytes)
            // ACS3 holds a read-once body to hash it, so it can be sent again; the legacy signature streams it as
            // it is read, so it cannot.
            let retried = !(readOnce && signatureVersion == .v1)
            if retried {
                let answer = try await client.invokeFunction(Self.request, body: body)
                #expect(try await answer.collect().body == Array("ok".utf8))
            } else {
                await #expect(throws: InvokeFunctionError.self) {
                    _ = try await client.invokeFunction(Self.request, body: body)
                }
            }
            let received = gateway.verified()
            #expect(received.count == (retried ? 2 : 1))
            #expect(received.allSatisfy { $0.body == bytes })
        }
    }
}
