import AliyunSLSRuntime
import Testing

@Suite("SLSCompression: Log Service's LZ4 blocks and Zstandard frames")
struct SLSCompressionTests {
    static let text = Array(String(repeating: "level=INFO message=request served 中文 é\n", count: 200).utf8)

    @Test("each compression round-trips and shrinks repetitive text", arguments: SLSCompression.allCases)
    func roundTrip(_ compression: SLSCompression) throws {
        let compressed = try compression.compress(Self.text)
        #expect(compressed.count < Self.text.count / 4)
        #expect(try compression.decompress(compressed, rawSize: Self.text.count) == Self.text)
    }

    @Test("a body that does not come to its raw size is refused", arguments: SLSCompression.allCases)
    func wrongSize(_ compression: SLSCompression) throws {
        let compressed = try compression.compress(Self.text)
        #expect(throws: SLSCompressionError.self) {
            try compression.decompress(compressed, rawSize: Self.text.count + 1)
        }
        #expect(throws: SLSCompressionError.self) {
            try compression.decompress(Array(compressed.dropLast(3)), rawSize: Self.text.count)
        }
    }

    @Test("garbage is refused, not read past its end", arguments: SLSCompression.allCases)
    func garbage(_ compression: SLSCompression) {
        #expect(throws: SLSCompressionError.self) {
            try compression.decompress([0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x01], rawSize: 100)
        }
    }

    @Test("a raw size beyond the bound is refused before anything is allocated")
    func hostileSize() {
        #expect(throws: SLSCompressionError.self) {
            try SLSCompression.zstd.decompress([1, 2, 3], rawSize: SLSCompression.maximumRawSize + 1)
        }
    }

    @Test("x-log-compresstype names: lz4 and zstd in any case; deflate is not written")
    func names() {
        #expect(SLSCompression(headerValue: "LZ4") == .lz4)
        #expect(SLSCompression(headerValue: "zstd") == .zstd)
        #expect(SLSCompression(headerValue: "deflate") == nil)
    }
}
