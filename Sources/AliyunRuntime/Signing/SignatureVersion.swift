/// How requests are signed.
public enum SignatureVersion: String, Sendable, Hashable, CaseIterable {
    /// `ACS3-HMAC-SHA256`, headers signed; the default.
    case v3
    /// `HMAC-SHA1` with `SignatureVersion=1.0`, query signed.
    case v1
}
