/// How requests are signed.
public enum SignatureVersion: String, Sendable, Hashable, CaseIterable {
    /// `ACS3-HMAC-SHA256`, headers signed; the default.
    case v3
    /// The legacy signatures, both HMAC-SHA1: for RPC APIs `SignatureVersion=1.0` with the query
    /// signed (``V1Signer``), for ROA APIs `Authorization: acs AccessKeyId:Signature` (``ROASigner``).
    case v1
}
