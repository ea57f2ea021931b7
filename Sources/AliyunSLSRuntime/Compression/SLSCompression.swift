import CLZ4
import CZstd

/// The compressions Log Service's bodies travel in (`x-log-compresstype`, the raw size in `x-log-bodyrawsize`):
/// LZ4's block format without its size prefix, and Zstandard frames at level 1, as the official SDK's gateway
/// (alibabacloud_gateway_sls_util) writes them, through the system's liblz4 and libzstd.
public enum SLSCompression: String, Sendable, CaseIterable {
    /// Zstandard: the official SDK's first choice for PutLogs, GetLogsV2 and PullLogs.
    case zstd
    /// LZ4's block format.
    case lz4

    /// The compression a `x-log-compresstype` value names, nil for one this runtime does not write or read.
    public init?(headerValue: String) { self.init(rawValue: headerValue.lowercased()) }

    /// `bytes` compressed.
    public func compress(_ bytes: [UInt8]) throws(SLSCompressionError) -> [UInt8] {
        switch self {
        case .lz4: return try Self.lz4Compress(bytes)
        case .zstd: return try Self.zstdCompress(bytes)
        }
    }

    /// `bytes` decompressed, which must come to exactly `rawSize` bytes (the answer's `x-log-bodyrawsize`).
    public func decompress(_ bytes: [UInt8], rawSize: Int) throws(SLSCompressionError) -> [UInt8] {
        guard rawSize > 0 else { return [] }
        // A bound on what an answer may claim, so that a hostile size cannot make this allocate without limit.
        guard rawSize <= Self.maximumRawSize else {
            throw SLSCompressionError("\(rawValue) body claims \(rawSize) bytes, more than \(Self.maximumRawSize)")
        }
        var output = [UInt8](repeating: 0, count: rawSize)
        let written: Int
        switch self {
        case .lz4:
            written = Int(
                bytes.withUnsafeBufferPointer { input in
                    output.withUnsafeMutableBufferPointer { out in
                        input.withMemoryRebound(to: CChar.self) { source in
                            out.withMemoryRebound(to: CChar.self) { destination in
                                LZ4_decompress_safe(
                                    source.baseAddress, destination.baseAddress, Int32(input.count), Int32(rawSize))
                            }
                        }
                    }
                })
        case .zstd:
            let result = bytes.withUnsafeBytes { input in
                output.withUnsafeMutableBytes { out in
                    ZSTD_decompress(out.baseAddress, rawSize, input.baseAddress, input.count)
                }
            }
            written = ZSTD_isError(result) != 0 ? -1 : result
        }
        guard written == rawSize else {
            throw SLSCompressionError(
                "\(rawValue) body does not decompress to its x-log-bodyrawsize of \(rawSize) bytes")
        }
        return output
    }

    /// 64 MiB: the most an answer's `x-log-bodyrawsize` may claim before anything is allocated for it.
    public static let maximumRawSize = 64 << 20

    /// LZ4's block through a fresh stream (`LZ4_compress_fast_continue`), as the official SDK's python-lz4 compresses:
    /// the one-shot `LZ4_compress_default` chooses other matches near a block's end, so its bytes differ.
    private static func lz4Compress(_ bytes: [UInt8]) throws(SLSCompressionError) -> [UInt8] {
        guard let stream = LZ4_createStream() else { throw SLSCompressionError("lz4 could not create a stream") }
        defer { LZ4_freeStream(stream) }
        let bound = Int(LZ4_compressBound(Int32(bytes.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let written = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                input.withMemoryRebound(to: CChar.self) { source in
                    out.withMemoryRebound(to: CChar.self) { destination in
                        LZ4_compress_fast_continue(
                            stream, source.baseAddress, destination.baseAddress, Int32(input.count), Int32(bound), 1)
                    }
                }
            }
        }
        guard written > 0 else { throw SLSCompressionError("lz4 could not compress \(bytes.count) bytes") }
        return Array(output[..<Int(written)])
    }

    private static func zstdCompress(_ bytes: [UInt8]) throws(SLSCompressionError) -> [UInt8] {
        let bound = ZSTD_compressBound(bytes.count)
        var output = [UInt8](repeating: 0, count: bound)
        let written = bytes.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                ZSTD_compress(out.baseAddress, bound, input.baseAddress, input.count, 1)
            }
        }
        guard ZSTD_isError(written) == 0 else {
            throw SLSCompressionError("zstd could not compress \(bytes.count) bytes")
        }
        return Array(output[..<written])
    }
}

/// A body that could not be compressed or decompressed.
public struct SLSCompressionError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    init(_ description: String) { self.description = description }
}
