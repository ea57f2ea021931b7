/// The errors Alibaba Cloud's API gateway answers with before any operation runs: the status, code and
/// message it uses for the same failure.
extension ServedError {
    /// 404 `InvalidAccessKeyId.NotFound`.
    public static let unknownAccessKey = ServedError(
        status: 404, code: "InvalidAccessKeyId.NotFound", message: "Specified access key is not found.")
    /// 400 `InvalidTimeStamp.Expired`: more than 15 minutes from the server's clock.
    public static let timestampExpired = ServedError(
        status: 400, code: "InvalidTimeStamp.Expired", message: "Specified time stamp or date value is expired.")
    /// 400 `InvalidTimeStamp.Format`.
    public static let timestampMalformed = ServedError(
        status: 400, code: "InvalidTimeStamp.Format",
        message: "Specified time stamp or date value is not well formatted.")
    /// 400 `SignatureNonceUsed`.
    public static let nonceUsed = ServedError(
        status: 400, code: "SignatureNonceUsed", message: "Specified signature nonce was used already.")
    /// 400 `InvalidSecurityToken.MismatchWithAccessKey`.
    public static let securityTokenMismatch = ServedError(
        status: 400, code: "InvalidSecurityToken.MismatchWithAccessKey",
        message: "Specified SecurityToken mismatch with the AccessKey.")
    /// 400 `Throttling.User`: flow control (the emulated gateway throttles while its nonce ledger is full).
    public static let throttled = ServedError(
        status: 400, code: "Throttling.User", message: "Request was denied due to user flow control.")
    /// 400 `InvalidSignatureMethod`.
    public static let signatureMethod = ServedError(
        status: 400, code: "InvalidSignatureMethod", message: "Specified signature method is not valid.")
    /// 404 `InvalidAction.NotFound`.
    public static let unknownAction = ServedError(
        status: 404, code: "InvalidAction.NotFound",
        message: "Specified api is not found, please check your url and method.")
    /// 400 `InvalidVersion`.
    public static let unknownVersion = ServedError(
        status: 400, code: "InvalidVersion", message: "Specified parameter Version is not valid.")

    /// 400 `InvalidParameter` for a value the parameter cannot hold.
    public static func invalidParameter(_ name: String) -> ServedError {
        invalidParameter(message: "The specified parameter \"\(name)\" is not valid.")
    }

    /// 400 `InvalidParameter` with a message of its own (a broken rule the documentation gives no code).
    public static func invalidParameter(message: String) -> ServedError {
        ServedError(status: 400, code: "InvalidParameter", message: message)
    }

    /// 400 `MissingParameter` for a parameter the gateway itself needs (`Action`, `Version`, `Timestamp`, …).
    public static func missing(_ name: String) -> ServedError {
        ServedError(
            status: 400, code: "MissingParameter",
            message: "The input parameter \"\(name)\" that is mandatory for processing this request is not supplied.")
    }

    /// 400 `IncompleteSignature`: the signature's form is wrong (an unknown algorithm, a missing field, a
    /// header that must be signed and is not).
    public static func incompleteSignature(_ detail: String) -> ServedError {
        ServedError(
            status: 400, code: "IncompleteSignature",
            message: "The request signature does not conform to Aliyun standards. \(detail)")
    }

    /// 400 `SignatureDoesNotMatch`, with the server's string to sign, as the gateway reports it.
    public static func signatureMismatch(stringToSign: String) -> ServedError {
        ServedError(
            status: 400, code: "SignatureDoesNotMatch",
            message: "Specified signature does not match our calculation. server string to sign is:\(stringToSign)")
    }
}
