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
