import AliyunRuntime
import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// What an upload sends: bytes at hand, a file read in chunks, or any sequence of chunks, never held whole in memory
/// unless given so. A body that can be made again (bytes, a file, a sequence given as a factory) can be retried.
public struct OSSBody: Sendable {
    let length: Int?
    let make: @Sendable () -> AnyChunkSequence
    /// Whether ``make`` gives the same bytes each time (a retry can resend them).
    let isReplayable: Bool

    /// No bytes.
    public static let empty = OSSBody(bytes: [])

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
        length = size
        isReplayable = true
        make = { AnyChunkSequence(FileChunks(path: path, chunkSize: chunkSize)) }
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

/// Chunks at hand.
struct ChunkList: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let chunks: [ByteBuffer]

    func makeAsyncIterator() -> IndexingIterator<[ByteBuffer]>.AsyncAdapter { .init(base: chunks.makeIterator()) }
}

extension IndexingIterator {
    /// An iterator of an array, async.
    struct AsyncAdapter: AsyncIteratorProtocol {
        var base: IndexingIterator<Elements>
        mutating func next() async -> Element? { base.next() }
    }
}

/// A file's bytes in chunks, read as they are asked for.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let path: String
    let chunkSize: Int

    func makeAsyncIterator() -> Iterator { Iterator(path: path, chunkSize: chunkSize) }

    struct Iterator: AsyncIteratorProtocol {
        let path: String
        let chunkSize: Int
        var handle: FileHandle?
        var finished = false

        init(path: String, chunkSize: Int) {
            self.path = path
            self.chunkSize = chunkSize
        }

        mutating func next() async throws -> ByteBuffer? {
            guard !finished else { return nil }
            if handle == nil { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) }
            guard let data = try handle?.read(upToCount: chunkSize), !data.isEmpty else {
                finished = true
                try handle?.close()
                return nil
            }
            return ByteBuffer(bytes: data)
        }
    }
}
