import Crypto
import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// What a call sends as its raw body (an OSS object, a Function Compute event, an image to recognise): bytes at
/// hand, a file read in chunks, or any sequence of chunks, never held whole in memory unless given so. A body that
/// can be made again (bytes, a file, a sequence given as a factory) can be retried, and hashed before it is sent
/// (the V3 signature signs the body's SHA-256) without being held.
public struct RequestBody: Sendable {
    /// The length in bytes, when known (else the body is sent chunked).
    package let length: Int?
    /// A fresh sequence of the body's chunks.
    package let make: @Sendable () -> AnyChunkSequence
    /// Whether ``make`` gives the same bytes each time (a retry can resend them).
    package let isReplayable: Bool

    /// No bytes.
    public static let empty = RequestBody(bytes: [])

    /// Bytes at hand.
    public static func bytes(_ bytes: [UInt8]) -> RequestBody { RequestBody(bytes: bytes) }

    /// Bytes at hand.
    public init(bytes: [UInt8]) {
        let buffer = ByteBuffer(bytes: bytes)
        length = bytes.count
        isReplayable = true
        make = { AnyChunkSequence(ChunkList(chunks: buffer.readableBytes > 0 ? [buffer] : [])) }
    }

    /// Bytes at hand.
    public init(data: Data) {
        self.init(bytes: Array(data))
    }

    /// A file, read in chunks of `chunkSize` bytes as it is sent.
    ///
    /// - Throws: when the file cannot be opened or its size read.
    public init(file path: String, chunkSize: Int = 1 << 20) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        self.init(file: path, offset: 0, length: size, chunkSize: chunkSize)
    }

    /// `length` bytes of a file from `offset` (a multipart upload's part), read in chunks as they are sent.
    public init(file path: String, offset: Int, length: Int, chunkSize: Int = 1 << 20) {
        self.length = length
        isReplayable = true
        make = { AnyChunkSequence(FileChunks(path: path, offset: offset, length: length, chunkSize: chunkSize)) }
    }

    /// Chunks made by `make` (called again for each attempt, so the body can be retried), of `length` bytes when
    /// known (else sent chunked).
    public init(length: Int?, replayable make: @escaping @Sendable () -> AnyChunkSequence) {
        self.length = length
        self.make = make
        isReplayable = true
    }

    /// Chunks that can be read once (a body read from a socket, a pipe): the upload is not retried.
    public init<Chunks: AsyncSequence & Sendable>(length: Int?, once chunks: Chunks)
    where Chunks.Element == ByteBuffer {
        self.length = length
        let used = NIOLockedValueBox(false)
        make = {
            let first = used.withLockedValue { used in
                defer { used = true }
                return !used
            }
            return first ? AnyChunkSequence(chunks) : AnyChunkSequence(ChunkList(chunks: []))
        }
        isReplayable = false
    }
}

extension RequestBody {
    /// The most bytes a body that cannot be made again is held in memory for, when it must be read before it is
    /// sent (the V3 signature signs its SHA-256) or sent through a caller that does not stream.
    public static let heldLimit = AsyncHTTPClientTransport.maximumBodySize

    /// The whole body, refused beyond `limit` bytes.
    ///
    /// - Throws: ``TransportError`` `.exchange` when the body is longer than `limit`, or what reading it throws.
    public func collect(upTo limit: Int = heldLimit) async throws -> [UInt8] {
        do {
            return try await make().collectBytes(upTo: limit)
        } catch let error as TransportError where error.kind == .exchange {
            throw TransportError(
                kind: .exchange,
                message: "the body is larger than \(limit) bytes and cannot be read twice: give it as bytes, "
                    + "a file or a replayable sequence")
        }
    }

    /// The body's hex SHA-256, read chunk by chunk (never held whole): what the V3 signature signs.
    ///
    /// - Throws: what reading the body throws.
    public func sha256() async throws -> String {
        var hasher = SHA256()
        for try await chunk in make() {
            chunk.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
        }
        return V3Signer.hex(hasher.finalize())
    }

    /// A body that can be read twice: this one when it can be made again, else its bytes held (up to
    /// ``heldLimit``).
    ///
    /// - Throws: ``TransportError`` when a body that can be read once is longer than ``heldLimit``.
    public func replayable() async throws -> RequestBody {
        isReplayable ? self : RequestBody(bytes: try await collect())
    }

    /// The body as the transport sends it: its chunks made afresh for each attempt.
    public var stream: RequestBodyStream {
        RequestBodyStream.chunks(length: length, make)
    }
}

/// Chunks at hand.
package struct ChunkList: AsyncSequence, Sendable {
    package typealias Element = ByteBuffer
    let chunks: [ByteBuffer]

    package init(chunks: [ByteBuffer]) { self.chunks = chunks }

    package func makeAsyncIterator() -> IndexingIterator<[ByteBuffer]>.AsyncAdapter {
        .init(base: chunks.makeIterator())
    }
}

extension IndexingIterator {
    /// An iterator of an array, async.
    package struct AsyncAdapter: AsyncIteratorProtocol {
        var base: IndexingIterator<Elements>
        package mutating func next() async -> Element? { base.next() }
    }
}

/// A range of a file's bytes in chunks, read as they are asked for.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let path: String
    let offset: Int
    let length: Int
    let chunkSize: Int

    func makeAsyncIterator() -> Iterator { Iterator(chunks: self) }

    struct Iterator: AsyncIteratorProtocol {
        let chunks: FileChunks
        var handle: FileHandle?
        var remaining: Int

        init(chunks: FileChunks) {
            self.chunks = chunks
            remaining = chunks.length
        }

        mutating func next() async throws -> ByteBuffer? {
            guard remaining > 0 else {
                try handle?.close()
                handle = nil
                return nil
            }
            if handle == nil {
                let opened = try FileHandle(forReadingFrom: URL(fileURLWithPath: chunks.path))
                try opened.seek(toOffset: UInt64(chunks.offset))
                handle = opened
            }
            guard let data = try handle?.read(upToCount: Swift.min(chunks.chunkSize, remaining)), !data.isEmpty else {
                throw CocoaError(.fileReadTooLarge, userInfo: [NSFilePathErrorKey: chunks.path])
            }
            remaining -= data.count
            return ByteBuffer(bytes: data)
        }
    }
}
