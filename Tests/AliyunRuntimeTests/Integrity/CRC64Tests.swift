import AliyunRuntime
import Foundation
import Testing

/// CRC-64 against what the official OSS SDK for Python computes (`Fixtures/official-oss-vectors.json`, recorded by
/// `Scripts/official-oss-vectors/record_oss_vectors.py` and recorded again in CI).
@Suite("CRC-64 (OSS)")
struct CRC64Tests {
    struct Vectors: Decodable {
        struct Checksum: Decodable {
            var length: Int?
            var seed: Int?
            var text: String?
            var crc64: String
        }
        struct Combination: Decodable {
            var firstLength: Int
            var firstSeed: Int
            var secondLength: Int
            var secondSeed: Int
            var first: String
            var second: String
            var combined: String
            var whole: String
        }
        var crc64: [Checksum]
        var crc64Combine: [Combination]
    }

    static let vectors: Vectors? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/official-oss-vectors.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Vectors.self, from: data)
    }()

    /// The bytes the recording script makes: (i * 31 + seed) mod 256.
    static func pattern(_ length: Int, seed: Int) -> [UInt8] {
        (0..<length).map { UInt8(($0 * 31 + seed) % 256) }
    }

    @Test("the catalogue's check value: CRC-64/XZ of \"123456789\" is 0x995DC9BBDF1939FA")
    func checkValue() {
        #expect(CRC64.checksum(Array("123456789".utf8)) == 0x995D_C9BB_DF19_39FA)
        #expect(CRC64.checksum([]) == 0)
    }

    @Test("every recorded checksum, at every length where the eight-byte loop changes path")
    func officialChecksums() throws {
        let vectors = try #require(Self.vectors, "Fixtures/official-oss-vectors.json is missing or unreadable")
        #expect(vectors.crc64.count >= 30)
        for vector in vectors.crc64 {
            let bytes =
                if let text = vector.text { Array(text.utf8) } else {
                    Self.pattern(vector.length ?? 0, seed: vector.seed ?? 0)
                }
            #expect(CRC64.checksum(bytes) == UInt64(vector.crc64), "length \(bytes.count)")
        }
    }

    @Test("fed in pieces of any size, the checksum is the whole's")
    func incremental() {
        let bytes = Self.pattern(10_007, seed: 3)
        let whole = CRC64.checksum(bytes)
        for piece in [1, 3, 8, 13, 4096] {
            var crc = CRC64()
            var start = 0
            while start < bytes.count {
                let end = min(start + piece, bytes.count)
                bytes[start..<end].withUnsafeBytes { crc.update($0) }
                start = end
            }
            #expect(crc.value == whole, "pieces of \(piece)")
        }
        var continued = CRC64(value: CRC64.checksum(bytes[..<5000]))
        continued.update(bytes[5000...])
        #expect(continued.value == whole)
    }

    @Test("combining two pieces' checksums gives the SDK's combination and the whole's checksum")
    func officialCombinations() throws {
        let vectors = try #require(Self.vectors, "Fixtures/official-oss-vectors.json is missing or unreadable")
        #expect(vectors.crc64Combine.count >= 7)
        for vector in vectors.crc64Combine {
            let first = CRC64.checksum(Self.pattern(vector.firstLength, seed: vector.firstSeed))
            let second = CRC64.checksum(Self.pattern(vector.secondLength, seed: vector.secondSeed))
            #expect(first == UInt64(vector.first))
            #expect(second == UInt64(vector.second))
            let combined = CRC64.combine(first, second, secondLength: vector.secondLength)
            #expect(combined == UInt64(vector.combined))
            #expect(combined == UInt64(vector.whole))
        }
    }
}
