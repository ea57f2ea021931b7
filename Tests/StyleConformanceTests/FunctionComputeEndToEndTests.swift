import AliyunRuntime
import FCOpenSDK
import FCSDK
import Testing

/// Function Compute's generated clients over real HTTP, through a gateway that verifies every signature: 3.0's
/// InvokeFunction (V3 over its ROA path, a raw body that is not text, `x-fc-*` headers) and GetFunction, and 2021's
/// GetFunction (the legacy ROA signature or V3), path and query values with spaces, `+`, `/` and non-ASCII.
@Suite("Function Compute end to end: the generated clients' requests verify at the gateway")
struct FunctionComputeEndToEndTests {
    /// Bytes that are not UTF-8, then some that are.
    static let event: [UInt8] = [0x00, 0xFF, 0xFE, 0x80] + Array("événement + / 中".utf8)

    static func credentials(sts: Bool) -> Credentials {
        sts ? VerifyingGatewayServer.temporary : VerifyingGatewayServer.permanent
    }

    @Test(
        "FC 3.0 InvokeFunction: path, query, headers and a raw body verify; the answer's bytes come back whole",
        arguments: [SignatureVersion.v3, .v1], [false, true])
    func invoke(signatureVersion: SignatureVersion, sts: Bool) async throws {
        let answer = #"{"result":"ok 中"}"#
        try await VerifyingGatewayServer.with(answer: { _ in answer }) { gateway in
            let client = FCClient(
                configuration: gateway.configuration(
                    credentials: Self.credentials(sts: sts), signatureVersion: signatureVersion))
            let response = try await client.invokeFunction(
                InvokeFunctionRequest(
                    functionName: "resize image+/中", qualifier: "LATEST 1+/中", xFcInvocationType: "Async",
                    xFcLogType: "Tail", xFcAsyncTaskId: "task 1+/="),
                body: .bytes(Self.event))
            #expect(response.status == 200)
            #expect(try await response.collect().body == Array(answer.utf8))
            let (call, body) = try gateway.onlyRequest()
            #expect(call.signatureVersion == signatureVersion)
            #expect(call.accessKeyId == Self.credentials(sts: sts).accessKeyId)
            #expect(call.action == "InvokeFunction")
            #expect(call.version == "2023-03-30")
            #expect(call.method == "POST")
            #expect(call.path == "/2023-03-30/functions/resize%20image%2B%2F%E4%B8%AD/invocations")
            #expect(call.parameters == [RPCQueryItem(name: "qualifier", value: "LATEST 1+/中")])
            #expect(call.headers["x-fc-invocation-type"] == "Async")
            #expect(call.headers["x-fc-async-task-id"] == "task 1+/=")
            #expect(body == Self.event)
        }
    }

    @Test("FC 3.0 GetFunction: a GET with a path parameter and a query verifies; its JSON answer decodes")
    func getFunction() async throws {
        try await VerifyingGatewayServer.with(answer: { _ in #"{"functionName":"resize image"}"# }) { gateway in
            let client = FCClient(configuration: gateway.configuration())
            _ = try await client.getFunction(GetFunctionRequest(functionName: "resize image", qualifier: "v 1+/é"))
            let (call, body) = try gateway.onlyRequest()
            #expect(call.action == "GetFunction")
            #expect(call.method == "GET")
            #expect(call.path == "/2023-03-30/functions/resize%20image")
            #expect(call.parameters == [RPCQueryItem(name: "qualifier", value: "v 1+/é")])
            #expect(body.isEmpty)
        }
    }

    @Test(
        "FC 2021 GetFunction: two path parameters, a query and x-fc-* headers verify, legacy ROA signature or V3",
        arguments: [SignatureVersion.v1, .v3], [false, true])
    func openGetFunction(signatureVersion: SignatureVersion, sts: Bool) async throws {
        try await VerifyingGatewayServer.with { gateway in
            let client = FCOpenClient(
                configuration: gateway.configuration(
                    credentials: Self.credentials(sts: sts), signatureVersion: signatureVersion))
            _ = try await client.getFunction(
                GetFunctionRequest(
                    serviceName: "image service+/中", functionName: "resize é", qualifier: "LATEST",
                    xFcAccountId: "1234567890123456", xFcTraceId: "trace 1+/="))
            let (call, _) = try gateway.onlyRequest()
            #expect(call.signatureVersion == signatureVersion)
            #expect(call.accessKeyId == Self.credentials(sts: sts).accessKeyId)
            #expect(call.action == "GetFunction")
            #expect(call.version == "2021-04-06")
            #expect(call.method == "GET")
            #expect(call.path == "/2021-04-06/services/image%20service%2B%2F%E4%B8%AD/functions/resize%20%C3%A9")
            #expect(call.parameters == [RPCQueryItem(name: "qualifier", value: "LATEST")])
            #expect(call.headers["x-fc-trace-id"] == "trace 1+/=")
            #expect(call.headers["x-fc-account-id"] == "1234567890123456")
            if sts { #expect(call.headers["x-acs-security-token"] == VerifyingGatewayServer.temporary.securityToken) }
        }
    }
}
