import AliyunRuntime
import Crypto
import Foundation
import LoopbackServer
import ROASDK
import Testing

/// The generated ROA-style SDK against a real HTTP server on 127.0.0.1 that reads requests as a ROA
/// service does: it routes by method and path, verifies the signature (V3 over the real path and the
/// body's hash, or the legacy `acs` signature), reads the JSON body and the header parameters, and
/// answers with JSON, errors in ROA's lower-camel-case spelling.
@Suite("ROA client end to end over HTTP")
struct ROAEndToEndTests {
    static let credentials = Credentials(accessKeyId: "LTAI-roa", accessKeySecret: "roa-secret", securityToken: "sts")

    static func answer(_ status: Int, _ body: String) -> LoopbackServer.Reply {
        .respond(status: status, headers: ["content-type": "application/json"], body: body, delay: .zero)
    }

    /// The signature the request carries verifies against what the server computes from what it received.
    static func verifies(_ request: LoopbackServer.Request) -> Bool {
        let path = String(request.uri.prefix { $0 != "?" })
        let query = request.query.map { RPCQueryItem(name: $0.name, value: $0.value) }
        let authorization = request.headers["authorization"] ?? ""
        if authorization.hasPrefix("acs ") {
            let headers = request.headers.map { (name: $0.key, value: $0.value) }
            let stringToSign = ROASigner.stringToSign(
                method: request.method, path: path, parameters: query, headers: headers)
            let key = SymmetricKey(data: Array(credentials.accessKeySecret.utf8))
            let signature = Data(HMAC<Insecure.SHA1>.authenticationCode(for: Array(stringToSign.utf8), using: key))
                .base64EncodedString()
            return authorization == "acs \(credentials.accessKeyId):\(signature)"
        }
        guard let signedPart = authorization.split(separator: ",").first(where: { $0.hasPrefix("SignedHeaders=") })
        else { return false }
        let names = signedPart.dropFirst("SignedHeaders=".count).split(separator: ";").map(String.init)
        let computed = V3Signer.signature(
            method: request.method, path: path, parameters: query,
            headers: names.map { ($0, request.headers[$0] ?? "") }, payloadHash: V3Signer.payloadHash(request.body),
            secret: credentials.accessKeySecret)
        return request.headers["x-acs-content-sha256"] == V3Signer.payloadHash(request.body)
            && authorization.hasSuffix("Signature=\(computed.signature)")
    }

    static func serve(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        guard verifies(request) else {
            return answer(403, #"{"code":"SignatureDoesNotMatch","message":"signature","requestId":"R-sig"}"#)
        }
        let path = String(request.uri.prefix { $0 != "?" })
        switch (request.method, path) {
        case ("GET", "/clusters/c-missing"):
            return answer(
                404, #"{"code":"ErrorClusterNotFound","message":"The cluster is not found.","requestId":"R-404"}"#)
        case ("GET", "/clusters/c-1/resources"):
            return answer(
                200, #"[{"cluster_id":"c-1","instance_id":"ngw-1"},{"cluster_id":"c-1","instance_id":"sg-2"}]"#)
        case ("GET", let path) where path.hasPrefix("/clusters/"):
            let id = String(path.dropFirst("/clusters/".count)).removingPercentEncoding ?? ""
            return answer(200, #"{"cluster_id":"\#(id)","name":"demo","size":3,"deletion_protection":true}"#)
        case ("POST", "/clusters/c-1/attach"):
            guard request.headers["content-type"] == "application/json; charset=utf-8",
                case .object(let body)? = try? JSONDecoder().decode(JSONValue.self, from: Data(request.body))
            else { return answer(400, #"{"code":"InvalidBody","message":"no JSON body"}"#) }
            return answer(
                200, #"{"task_id":"T-1","list":[{"code":"200","instanceId":"i-1","message":"\#(body.count) members"}]}"#
            )
        case ("DELETE", "/clusters/c-1"):
            return .respond(status: 202, headers: ["content-type": "application/json"], body: "", delay: .zero)
        case ("POST", "/clusters/c-1/tags"):
            return .respond(status: 200, headers: [:], body: "", delay: .zero)
        case ("POST", "/api/v2/namespaces/default-namespace/variables"):
            guard let workspace = request.headers["workspace"] else {
                return answer(400, #"{"code":"MissingWorkspace","message":"workspace header missing"}"#)
            }
            return answer(
                200,
                #"{"requestId":"R-var","success":true,"data":\#(String(decoding: request.body, as: UTF8.self)),"#
                    + #""workspace":"\#(workspace)"}"#)
        default:
            return answer(404, #"{"code":"NotFound","message":"\#(request.method) \#(path)"}"#)
        }
    }

    func withClient(
        signatureVersion: SignatureVersion = .v3, _ body: (CSClient, LoopbackServer) async throws -> Void
    ) async throws {
        let server = try await LoopbackServer(handler: Self.serve)
        let client = CSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url), credentials: StaticCredentialsProvider(Self.credentials),
                signatureVersion: signatureVersion, retry: .disabled))
        do {
            try await body(client, server)
        } catch {
            try await server.stop()
            throw error
        }
        try await server.stop()
    }

    @Test(
        "GET with a path parameter percent-encoded into one segment; the answer decodes",
        arguments: [SignatureVersion.v3, .v1])
    func pathParameter(signatureVersion: SignatureVersion) async throws {
        try await withClient(signatureVersion: signatureVersion) { client, server in
            let response = try await client.describeClusterDetail(
                DescribeClusterDetailRequest(clusterId: "c/1 ü+*~"))
            #expect(response.clusterId == "c/1 ü+*~")
            #expect(response.name == "demo")
            #expect(response.deletionProtection == true)
            let received = try #require(await server.requests().first)
            #expect(received.method == "GET")
            #expect(received.uri == "/clusters/c%2F1%20%C3%BC%2B%2A~")
            #expect(received.body.isEmpty)
        }
    }

    @Test(
        "POST with a JSON body of the body parameter's members, nested shared types included",
        arguments: [SignatureVersion.v3, .v1])
    func jsonBody(signatureVersion: SignatureVersion) async throws {
        try await withClient(signatureVersion: signatureVersion) { client, server in
            let response = try await client.attachInstances(
                AttachInstancesRequest(
                    clusterId: "c-1", instances: ["i-1", "i-2"], password: "p@ss \"word\"",
                    formatDisk: true, runtime: Runtime(name: "containerd", version: "1.6.20"),
                    tags: [Tag(key: "env", value: "中文")]))
            #expect(response.taskId == "T-1")
            #expect(response.list?.first?.instanceId == "i-1")
            #expect(response.list?.first?.message == "5 members")
            let received = try #require(await server.requests().first)
            #expect(
                String(decoding: received.body, as: UTF8.self)
                    == #"{"format_disk":true,"instances":["i-1","i-2"],"password":"p@ss \"word\"","#
                    + #""runtime":{"name":"containerd","version":"1.6.20"},"tags":[{"key":"env","value":"中文"}]}"#)
        }
    }

    @Test("DELETE with json-style list parameters in the query; a 202 with an empty body decodes")
    func queryAndEmptyAnswer() async throws {
        try await withClient { client, server in
            _ = try await client.deleteCluster(
                DeleteClusterRequest(
                    clusterId: "c-1", keepSlb: true, retainResources: ["sg-1", "lb 2"],
                    deleteOptions: [.init(resourceType: .alb, deleteMode: .delete)]))
            let received = try #require(await server.requests().first)
            #expect(received.method == "DELETE")
            let query = Dictionary(uniqueKeysWithValues: received.query.map { ($0.name, $0.value) })
            #expect(query["keep_slb"] == "true")
            #expect(query["retain_resources"] == #"["sg-1","lb 2"]"#)
            #expect(query["delete_options"] == #"[{"delete_mode":"delete","resource_type":"ALB"}]"#)
        }
    }

    @Test("a header parameter is sent and signed; a shared type is the whole body")
    func headerAndWholeBody() async throws {
        try await withClient { client, server in
            let response = try await client.createVariable(
                CreateVariableRequest(
                    workspace: "ws-1", namespace: "default-namespace",
                    body: Variable(kind: .plain, name: "password", value: "s3cret")))
            #expect(response.success == true)
            #expect(response.data?.name == "password")
            let received = try #require(await server.requests().first)
            #expect(received.headers["workspace"] == "ws-1")
            #expect(received.headers["authorization"]?.contains("workspace") == true, "V3 signs every header sent")
            #expect(
                String(decoding: received.body, as: UTF8.self)
                    == #"{"kind":"Plain","name":"password","value":"s3cret"}"#)
        }
    }

    @Test("an answer that is a JSON list decodes into the response's body")
    func listAnswer() async throws {
        try await withClient { client, server in
            let response = try await client.describeClusterResources(
                DescribeClusterResourcesRequest(clusterId: "c-1", withAddonResources: true))
            #expect(response.body?.map(\.instanceId) == ["ngw-1", "sg-2"])
            let received = try #require(await server.requests().first)
            #expect(received.uri == "/clusters/c-1/resources?with_addon_resources=true")
        }
    }

    @Test("a list of a shared type is the whole body; an answer with no body decodes")
    func listBody() async throws {
        try await withClient { client, server in
            _ = try await client.modifyClusterTags(
                ModifyClusterTagsRequest(clusterId: "c-1", body: [Tag(key: "a", value: "1"), Tag(key: "b")]))
            let received = try #require(await server.requests().first)
            #expect(String(decoding: received.body, as: UTF8.self) == #"[{"key":"a","value":"1"},{"key":"b"}]"#)
        }
    }

    @Test(
        "a ROA error answer (lower camel case) becomes the operation's typed error",
        arguments: [SignatureVersion.v3, .v1])
    func typedError(signatureVersion: SignatureVersion) async throws {
        try await withClient(signatureVersion: signatureVersion) { client, _ in
            do {
                _ = try await client.describeClusterDetail(DescribeClusterDetailRequest(clusterId: "c-missing"))
                Issue.record("expected an error")
            } catch let error as DescribeClusterDetailError {
                #expect(error.code == .errorClusterNotFound)
                #expect(error.isDocumented)
                #expect(error.serviceError.httpStatus == 404)
                #expect(error.serviceError.requestId == "R-404")
                #expect(error.serviceError.message == "The cluster is not found.")
            }
        }
    }

    @Test("a wrong secret is refused by the server's own verification", arguments: [SignatureVersion.v3, .v1])
    func wrongSecret(signatureVersion: SignatureVersion) async throws {
        let server = try await LoopbackServer(handler: Self.serve)
        let client = CSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "LTAI-roa", accessKeySecret: "wrong")),
                signatureVersion: signatureVersion, retry: .disabled))
        await #expect(throws: DescribeClusterDetailError.self) {
            _ = try await client.describeClusterDetail(DescribeClusterDetailRequest(clusterId: "c-1"))
        }
        try await server.stop()
    }
}
