import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 for tests: each request is answered by a handler, after an
/// optional delay, or never.
public final class LoopbackServer: Sendable {
    /// A request as the server received it.
    public struct Request: Sendable {
        /// `POST`.
        public var method: String
        /// Path and query, as sent.
        public var uri: String
        /// Headers, names in lower case.
        public var headers: [String: String]
        /// The body.
        public var body: [UInt8]

        /// The decoded query items, in order.
        public var query: [(name: String, value: String)] {
            guard let mark = uri.firstIndex(of: "?") else { return [] }
            return uri[uri.index(after: mark)...].split(separator: "&").map { pair in
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncodingForTests }
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }
        }
    }

    /// How to answer.
    public enum Reply: Sendable {
        /// Status, headers and body, after a delay.
        case respond(status: Int, headers: [String: String], body: String, delay: TimeAmount)
        /// Keep the connection open and never answer.
        case hang
        /// Close the connection without answering.
        case close
        /// Status and headers at once, then the body's chunks one `interval` apart: an answer that
        /// arrives steadily but slowly.
        case trickle(status: Int, headers: [String: String], chunks: [String], interval: TimeAmount)
        /// Status, headers and a body of bytes that need not be text (a compressed answer), at once.
        case respondBytes(status: Int, headers: [String: String], body: [UInt8])
    }

    /// The port the server listens on.
    public let port: Int
    private let channel: any Channel
    private let log: RequestLog

    /// Starts listening on an ephemeral port, answering each request as `handler` says.
    public convenience init(handler: @escaping @Sendable (Request) -> Reply) async throws {
        try await self.init(responder: .immediate(handler))
    }

    /// Starts listening on an ephemeral port, answering each request as `answering` says once it returns: for a
    /// handler that awaits (a verifier's actors, say), run as a task so that no event-loop thread ever waits for it.
    public convenience init(answering: @escaping @Sendable (Request) async -> Reply) async throws {
        try await self.init(responder: .awaited(answering))
    }

    private init(responder: Responder) async throws {
        let log = RequestLog()
        self.log = log
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(Handler(responder: responder, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    /// `http://127.0.0.1:port`.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far.
    public func requests() async -> [Request] { log.requests }

    /// Stops listening.
    public func stop() async throws {
        try await channel.close()
    }
}

/// The requests received, recorded before each is answered.
private final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [LoopbackServer.Request] = []

    var requests: [LoopbackServer.Request] { lock.withLock { stored } }

    func append(_ request: LoopbackServer.Request) {
        lock.withLock { stored.append(request) }
    }
}

/// How a server's handler answers: at once on the event loop, or from a task.
private enum Responder: Sendable {
    case immediate(@Sendable (LoopbackServer.Request) -> LoopbackServer.Reply)
    case awaited(@Sendable (LoopbackServer.Request) async -> LoopbackServer.Reply)
}

private final class Handler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let responder: Responder
    private let log: RequestLog
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(responder: Responder, log: RequestLog) {
        self.responder = responder
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
        case .body(let buffer):
            body += Array(buffer.readableBytesView)
        case .end:
            guard let head else { return }
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            let request = LoopbackServer.Request(
                method: head.method.rawValue, uri: head.uri, headers: headers, body: body)
            log.append(request)
            switch responder {
            case .immediate(let handler):
                respond(handler(request), context: context)
            case .awaited(let handler):
                let loop = context.eventLoop
                let bound = NIOLoopBound((handler: self, context: context), eventLoop: loop)
                Task {
                    let reply = await handler(request)
                    loop.execute { bound.value.handler.respond(reply, context: bound.value.context) }
                }
            }
        }
    }

    private func respond(_ reply: LoopbackServer.Reply, context: ChannelHandlerContext) {
        switch reply {
        case .hang:
            return
        case .close:
            context.close(promise: nil)
        case .respondBytes(let status, let headers, let body):
            var head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status))
            for (name, value) in headers { head.headers.add(name: name, value: value) }
            head.headers.replaceOrAdd(name: "content-length", value: String(body.count))
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        case .respond(let status, let headers, let body, let delay):
            let send = { [self] in
                var head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status))
                for (name, value) in headers { head.headers.add(name: name, value: value) }
                // A HEAD answer gives the length of the body a GET would get, so a handler may set it.
                if !head.headers.contains(name: "content-length") {
                    head.headers.add(name: "content-length", value: String(body.utf8.count))
                }
                context.write(wrapOutboundOut(.head(head)), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
            if delay == .zero {
                send()
            } else {
                let bound = NIOLoopBound(send, eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: delay) { bound.value() }
            }
        case .trickle(let status, let headers, let chunks, let interval):
            var head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status))
            for (name, value) in headers { head.headers.add(name: name, value: value) }
            head.headers.add(name: "content-length", value: String(chunks.joined().utf8.count))
            context.writeAndFlush(wrapOutboundOut(.head(head)), promise: nil)
            for (index, chunk) in chunks.enumerated() {
                let write = NIOLoopBound(
                    { [self] in
                        context.writeAndFlush(
                            wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: chunk)))), promise: nil)
                        if index == chunks.count - 1 { context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil) }
                    }, eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: interval * Int64(index + 1)) { write.value() }
            }
        }
    }
}

extension String {
    /// Percent-decoding that also reads `+` as a space, as form encoding does.
    var removingPercentEncodingForTests: String {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
