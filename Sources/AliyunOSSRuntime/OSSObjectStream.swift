import AliyunRuntime
import NIOCore

/// An answer's body as it arrives, its CRC-64 computed on the way and compared with `x-oss-hash-crc64ecma` at the
/// end when the answer is a whole object: a mismatch ends the sequence with ``OSSIntegrityError`` instead of
/// handing over bytes that were corrupted.
public struct OSSObjectStream: AsyncSequence, Sendable {
    /// A chunk of the body.
    public typealias Element = ByteBuffer
    let chunks: AnyChunkSequence
    /// The CRC-64 to expect at the end; nil when there is nothing to compare (a range, no header, checks off).
    let expectedCRC: UInt64?

    /// Starts reading.
    public func makeAsyncIterator() -> Iterator {
        Iterator(base: chunks.makeAsyncIterator(), expected: expectedCRC)
    }

    /// Reads chunk by chunk.
    public struct Iterator: AsyncIteratorProtocol {
        var base: AnyChunkSequence.AsyncIterator
        let expected: UInt64?
        var crc = CRC64()

        /// The next chunk; at the end, throws ``OSSIntegrityError`` when the bytes are not those OSS sent.
        public mutating func next() async throws -> ByteBuffer? {
            guard let chunk = try await base.next() else {
                if let expected, crc.value != expected {
                    throw OSSIntegrityError(computed: crc.value, reported: expected, direction: "download")
                }
                return nil
            }
            if expected != nil { chunk.withUnsafeReadableBytes { crc.update($0) } }
            return chunk
        }
    }
}
