import AliyunRuntime
import AliyunServerSupport
import Foundation
import LoopbackServer
import NIOConcurrencyHelpers
import Testing

/// A real HTTP server on 127.0.0.1 standing where Alibaba Cloud's gateway stands: every request is read as an
/// `IncomingRequest` and verified by `RequestVerifier`; a verified one is answered with the JSON the test gives, a
/// refused one with the gateway's error (its status, `Code`, and a `Message` with the server's string to sign), which
/// the client throws.
final class VerifyingGatewayServer: Sendable {
    /// A permanent key the server accepts.
    static let permanent = Credentials(accessKeyId: "LTAI-e2e", accessKeySecret: "e2e-secret")
    /// A temporary key the server accepts, with its security token.
    static let temporary = Credentials(
        accessKeyId: "STS.e2e", accessKeySecret: "e2e-sts-secret", securityToken: "CAIS+e2e/token=")

    /// What the server made of one request.
    enum Outcome: Sendable {
        /// Verified: what the verifier handed on, and the body received.
        case verified(VerifiedRequest, body: [UInt8])
        /// Refused with the gateway's error.
        case refused(ServedError)
    }

    private let server: LoopbackServer
    private let outcomes: NIOLockedValueBox<[Outcome]>

    private init(server: LoopbackServer, outcomes: NIOLockedValueBox<[Outcome]>) {
        self.server = server
        self.outcomes = outcomes
    }

    /// Starts a server verifying with `roaDialect`'s legacy ROA signature, answering a verified request with
    /// `answer`'s JSON.
    static func start(
        roaDialect: ROASignatureDialect = .alibabaCloud,
        answer: @escaping @Sendable (VerifiedRequest) -> String = { _ in #"{"RequestId":"E2E-1"}"# }
    ) async throws -> VerifyingGatewayServer {
        try await start(roaDialect: roaDialect) { verified, _ in
            .respond(status: 200, headers: ["content-type": "application/json"], body: answer(verified), delay: .zero)
        }
    }

    /// Starts a server verifying with `roaDialect`'s legacy ROA signature, answering the `n`th verified request
    /// (from 0) as `reply` says.
    static func start(
        roaDialect: ROASignatureDialect = .alibabaCloud,
        reply: @escaping @Sendable (VerifiedRequest, _ n: Int) -> LoopbackServer.Reply
    ) async throws -> VerifyingGatewayServer {
        let verifier = RequestVerifier(keys: AccessKeyStore([permanent, temporary]), roaDialect: roaDialect)
        let outcomes = NIOLockedValueBox<[Outcome]>([])
        let server = try await LoopbackServer(answering: { request in
            let incoming = IncomingRequest(
                method: request.method, target: request.uri, headers: request.headers, body: request.body)
            let outcome: Outcome
            do throws(ServedError) {
                outcome = .verified(try await verifier.verify(incoming), body: incoming.body)
            } catch {
                outcome = .refused(error)
            }
            let verifiedBefore = outcomes.withLockedValue { outcomes in
                outcomes.append(outcome)
                return outcomes.dropLast().filter { if case .verified = $0 { true } else { false } }.count
            }
            switch outcome {
            case .verified(let verified, _):
                return reply(verified, verifiedBefore)
            case .refused(let error):
                return .respond(
                    status: error.status, headers: ["content-type": "application/json"], body: errorBody(error),
                    delay: .zero)
            }
        })
        return VerifyingGatewayServer(server: server, outcomes: outcomes)
    }

    /// A client configuration calling this server with `credentials`, signed with `signatureVersion`, never retrying,
    /// with timeouts long enough for a loaded machine.
    func configuration(
        credentials: Credentials = permanent, signatureVersion: SignatureVersion = .v3
    ) -> RPCClientConfiguration {
        RPCClientConfiguration(
            endpoint: ServiceEndpoint(server.url), credentials: StaticCredentialsProvider(credentials),
            signatureVersion: signatureVersion,
            // Generous: the loopback answers at once, but a loaded machine (the whole suite in parallel) has been seen
            // to hold an answer for more than the default 10 s between reads.
            timeouts: Timeouts(connect: .seconds(10), read: .seconds(60), total: .seconds(120)), retry: .disabled)
    }

    /// The requests the server verified, in arrival order; an issue is recorded for every one it refused.
    func verified(sourceLocation: SourceLocation = #_sourceLocation) -> [(request: VerifiedRequest, body: [UInt8])] {
        outcomes.withLockedValue { $0 }.compactMap { outcome in
            switch outcome {
            case .verified(let request, let body):
                return (request, body)
            case .refused(let error):
                Issue.record(
                    "the gateway refused a request: \(error.code) \(error.message)", sourceLocation: sourceLocation)
                return nil
            }
        }
    }

    /// The one request the server received, verified; an issue when it received another number or refused one.
    func onlyRequest(
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (request: VerifiedRequest, body: [UInt8]) {
        let all = verified(sourceLocation: sourceLocation)
        #expect(all.count == 1, "requests received", sourceLocation: sourceLocation)
        return try #require(all.first, sourceLocation: sourceLocation)
    }

    /// Runs `body` with this server, stopping it afterwards whatever happens.
    static func with(
        roaDialect: ROASignatureDialect = .alibabaCloud,
        answer: @escaping @Sendable (VerifiedRequest) -> String = { _ in #"{"RequestId":"E2E-1"}"# },
        _ body: (VerifyingGatewayServer) async throws -> Void
    ) async throws {
        try await run(try await start(roaDialect: roaDialect, answer: answer), body)
    }

    /// Runs `body` with a server answering the `n`th verified request as `reply` says, stopping it afterwards
    /// whatever happens.
    static func with(
        roaDialect: ROASignatureDialect = .alibabaCloud,
        reply: @escaping @Sendable (VerifiedRequest, _ n: Int) -> LoopbackServer.Reply,
        _ body: (VerifyingGatewayServer) async throws -> Void
    ) async throws {
        try await run(try await start(roaDialect: roaDialect, reply: reply), body)
    }

    private static func run(
        _ gateway: VerifyingGatewayServer, _ body: (VerifyingGatewayServer) async throws -> Void
    ) async throws {
        do {
            try await body(gateway)
        } catch {
            try await gateway.server.stop()
            throw error
        }
        try await gateway.server.stop()
    }

    /// The gateway's error answer: `RequestId`, `Code`, `Message`, as JSON.
    private static func errorBody(_ error: ServedError) -> String {
        let fields = ["RequestId": "E2E-REFUSED", "Code": error.code, "Message": error.message]
        guard let data = try? JSONEncoder().encode(fields) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
