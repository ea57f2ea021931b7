import AliyunRuntime
import Foundation

/// A test transport that answers from a script and records the requests.
actor ScriptedTransport: HTTPTransport {
    enum Step: Sendable {
        case reply(status: Int, body: String, headers: [String: String] = [:])
        case fail(any Error & Sendable)
    }

    private var script: [Step]
    private(set) var requests: [HTTPRequest] = []

    init(_ script: [Step]) {
        self.script = script
    }

    func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse {
        requests.append(request)
        let step = script.isEmpty ? .reply(status: 200, body: "{}") : script.removeFirst()
        switch step {
        case .reply(let status, let body, let headers):
            return HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
        case .fail(let error): throw error
        }
    }
}

/// Records the delays instead of waiting.
actor RecordingSleeper: Sleeper {
    private(set) var delays: [Duration] = []

    func sleep(for duration: Duration) async throws {
        delays.append(duration)
    }
}

/// A clock that advances a second per reading, and a nonce counter.
final class TestClock: Sendable {
    private let start = Date(timeIntervalSince1970: 1_764_417_600)
    private let counter = Counter()

    var now: @Sendable () -> Date { { [start, counter] in start + Double(counter.next()) } }
    var nonce: @Sendable () -> String { { [counter] in "nonce-\(counter.next())" } }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
