import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import AliyunRuntime

/// Which AsyncHTTPClient failures count as "nothing was sent" (retryable) and which may come after
/// the server acted.
@Suite("Transport error mapping")
struct TransportErrorMappingTests {
    let timeouts = Timeouts(connect: .seconds(1), read: .seconds(2))

    @Test("timeouts keep their phase and limit")
    func timeoutsMap() {
        let connect = AsyncHTTPClientTransport.translate(HTTPClientError.connectTimeout, timeouts: timeouts)
        #expect(connect as? TimeoutError == TimeoutError(phase: .connect, limit: .seconds(1)))
        let read = AsyncHTTPClientTransport.translate(HTTPClientError.readTimeout, timeouts: timeouts)
        #expect(read as? TimeoutError == TimeoutError(phase: .read, limit: .seconds(2)))
        #expect(AsyncHTTPClientTransport.translate(HTTPClientError.cancelled, timeouts: timeouts) is CancellationError)
    }

    @Test("a refused connection is a connect failure; a reset one is not")
    func ioErrors() {
        let refused = AsyncHTTPClientTransport.translate(
            IOError(errnoCode: ECONNREFUSED, reason: "connect"), timeouts: timeouts)
        #expect((refused as? TransportError)?.kind == .connect)
        let reset = AsyncHTTPClientTransport.translate(
            IOError(errnoCode: ECONNRESET, reason: "read"), timeouts: timeouts)
        #expect((reset as? TransportError)?.kind == .exchange)
        let closed = AsyncHTTPClientTransport.translate(HTTPClientError.remoteConnectionClosed, timeouts: timeouts)
        #expect((closed as? TransportError)?.kind == .exchange)
        #expect(
            RetryPolicy.isRetryable(refused, idempotent: false) && !RetryPolicy.isRetryable(reset, idempotent: false))
        #expect(RetryPolicy.isRetryable(reset, idempotent: true))
    }

    @Test("huge timeouts do not overflow")
    func clamp() {
        #expect(AsyncHTTPClientTransport.timeAmount(.seconds(10_000_000_000)) == .hours(365 * 24))
        #expect(AsyncHTTPClientTransport.timeAmount(.milliseconds(1500)) == .milliseconds(1500))
    }
}
