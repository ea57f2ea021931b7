/// Random (version 4) UUIDs as text, `UUID().uuidString`'s form (upper case, 36 characters), from the system's
/// random source (`getrandom(2)` on Linux): Foundation's `UUID()` opens `/dev/urandom` for every UUID there, a system
/// call and a file descriptor for every nonce a client signs and every request ID a server gives.
public enum RandomUUID {
    /// A fresh random UUID.
    public static func text() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = withUnsafeBytes(of: (generator.next() as UInt64, generator.next() as UInt64)) { Array($0) }
        bytes[6] = bytes[6] & 0x0F | 0x40  // version 4
        bytes[8] = bytes[8] & 0x3F | 0x80  // the RFC 4122 variant
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            HexDigits.append(byte, to: &text, .upper)
        }
        return String(decoding: text, as: UTF8.self)
    }
}
