/// The CRC-64 that Object Storage Service checks end to end (`x-oss-hash-crc64ecma`): the ECMA-182 polynomial,
/// reflected, register started and finished with all ones (the parameters known as CRC-64/XZ; the official
/// SDKs' `crcmod.Crc(0x142F0E1EBA9EA3693, initCrc=0, xorOut=0xFFFFFFFFFFFFFFFF)`).
///
/// Feed it bytes as they stream past with ``update(_:)-(UnsafeRawBufferPointer)``; ``value`` is the checksum of
/// everything fed so far. ``combine(_:_:secondLength:)`` joins the checksums of two consecutive pieces without
/// their bytes, which is how a multipart upload's checksum is computed from its parts'.
public struct CRC64: Sendable, Hashable {
    /// The reflected ECMA-182 polynomial.
    @usableFromInline static let polynomial: UInt64 = 0xC96C_5795_D787_0F42

    /// The register, inverted: the checksum of the bytes fed so far.
    public private(set) var value: UInt64

    /// A checksum of nothing (0), or one to continue from: `CRC64(value: earlier)` then ``update(_:)-(UnsafeRawBufferPointer)``
    /// gives the checksum of the earlier bytes followed by the new ones.
    public init(value: UInt64 = 0) {
        self.value = value
    }

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var crc = CRC64()
        crc.update(bytes)
        return crc.value
    }

    /// Feeds bytes.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let contiguous: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        if contiguous == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { update($0) }
        }
    }

    /// Feeds bytes: eight at a time through eight tables ("slicing by 8"), the rest one at a time.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let tables = CRC64Tables.shared.entries
        var crc = ~value
        var index = 0
        let count = bytes.count
        tables.withUnsafeBufferPointer { table in
            while count - index >= 8 {
                let word = crc ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                crc =
                    table[7 * 256 + Int(word & 0xFF)] ^ table[6 * 256 + Int((word >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((word >> 16) & 0xFF)] ^ table[4 * 256 + Int((word >> 24) & 0xFF)]
                    ^ table[3 * 256 + Int((word >> 32) & 0xFF)] ^ table[2 * 256 + Int((word >> 40) & 0xFF)]
                    ^ table[256 + Int((word >> 48) & 0xFF)] ^ table[Int(word >> 56)]
                index += 8
            }
            while index < count {
                crc = table[Int((crc ^ UInt64(bytes[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        value = ~crc
    }

    /// The checksum of two consecutive pieces of bytes from the checksum of each and the second's length, in
    /// time logarithmic in the length (polynomial arithmetic modulo the CRC's polynomial, as zlib's
    /// `crc32_combine` does for CRC-32).
    public static func combine(_ first: UInt64, _ second: UInt64, secondLength: Int) -> UInt64 {
        guard secondLength > 0 else { return first }
        // The first checksum moved past `secondLength` bytes of zeros, then the second added in.
        return multiplyModulo(xToThe8nModulo(UInt64(secondLength)), first) ^ second
    }

    /// a(x)·b(x) modulo the polynomial, both reflected (bit 63 is x⁰).
    static func multiplyModulo(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var mask: UInt64 = 1 << 63
        var product: UInt64 = 0
        var b = b
        while mask != 0 {
            if a & mask != 0 {
                product ^= b
                if a & (mask &- 1) == 0 { break }
            }
            mask >>= 1
            b = b & 1 != 0 ? (b >> 1) ^ polynomial : b >> 1
        }
        return product
    }

    /// x^(8·n) modulo the polynomial: the operator that moves a checksum past n zero bytes.
    static func xToThe8nModulo(_ n: UInt64) -> UInt64 {
        var power: UInt64 = 1 << 63  // x⁰
        var n = n
        var k = 3  // 8·n = n·2³
        while n != 0 {
            if n & 1 != 0 { power = multiplyModulo(CRC64Tables.shared.powersOfTwo[k & 63], power) }
            n >>= 1
            k += 1
        }
        return power
    }
}

/// The tables ``CRC64`` works from, computed once.
final class CRC64Tables: Sendable {
    static let shared = CRC64Tables()

    /// Eight tables of 256 entries: entry i of table 0 is the register after byte i, table k after byte i
    /// followed by k zero bytes.
    let entries: [UInt64]
    /// x^(2^k) modulo the polynomial, k = 0…63.
    let powersOfTwo: [UInt64]

    private init() {
        var entries = [UInt64](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt64(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ CRC64.polynomial : crc >> 1 }
            entries[byte] = crc
        }
        for table in 1..<8 {
            for byte in 0..<256 {
                let previous = entries[(table - 1) * 256 + byte]
                entries[table * 256 + byte] = entries[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        self.entries = entries
        var powers = [UInt64](repeating: 0, count: 64)
        var power: UInt64 = 1 << 62  // x¹
        for k in 0..<64 {
            powers[k] = power
            power = CRC64.multiplyModulo(power, power)
        }
        powersOfTwo = powers
    }
}
