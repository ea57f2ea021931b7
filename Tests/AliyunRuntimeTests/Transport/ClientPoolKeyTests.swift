import AliyunRuntime
import Testing

/// Which calls share a connection pool of the transport: the pool is configured with the connect and read timeouts,
/// so calls that differ only in their total share one, and the pools stay few (past the limit, a call would get a
/// pool whose connect timeout is not its own).
@Suite("AsyncHTTPClientTransport.PoolKey: one pool per connect and read timeout")
struct ClientPoolKeyTests {
    @Test("timeouts that differ only in their total share a pool; another connect or read timeout does not")
    func sharing() {
        let base = Timeouts(connect: .milliseconds(100), read: .seconds(10), total: .seconds(20))
        #expect(
            AsyncHTTPClientTransport.PoolKey(base)
                == AsyncHTTPClientTransport.PoolKey(
                    Timeouts(connect: .milliseconds(100), read: .seconds(10), total: .seconds(90))))
        #expect(
            AsyncHTTPClientTransport.PoolKey(base)
                != AsyncHTTPClientTransport.PoolKey(
                    Timeouts(connect: .seconds(5), read: .seconds(10), total: .seconds(20))))
        #expect(
            AsyncHTTPClientTransport.PoolKey(base)
                != AsyncHTTPClientTransport.PoolKey(
                    Timeouts(connect: .milliseconds(100), read: .seconds(1), total: .seconds(20))))
    }
}
