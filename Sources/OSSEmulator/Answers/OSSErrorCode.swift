/// An error OSS answers: its code, HTTP status and message, as the OSS documentation lists them
/// (https://help.aliyun.com/zh/oss/support/http-status-code-4xx).
public struct OSSErrorCode: Sendable, Hashable {
    /// `NoSuchKey`, `SignatureDoesNotMatch`, …
    public var code: String
    /// The HTTP status.
    public var status: Int
    /// The message.
    public var message: String

    static let accessDenied = OSSErrorCode(
        code: "AccessDenied", status: 403, message: "You have no right to access this object because of bucket acl.")
    static let requestExpired = OSSErrorCode(code: "AccessDenied", status: 403, message: "Request has expired.")
    static let invalidAccessKeyId = OSSErrorCode(
        code: "InvalidAccessKeyId", status: 403,
        message: "The OSS Access Key Id you provided does not exist in our records.")
    static let signatureDoesNotMatch = OSSErrorCode(
        code: "SignatureDoesNotMatch", status: 403,
        message:
            "The request signature we calculated does not match the signature you provided. Check your key and signing method."
    )
    static let invalidSecurityToken = OSSErrorCode(
        code: "InvalidAccessKeyId", status: 403, message: "The security token you provided is invalid.")
    static let requestTimeTooSkewed = OSSErrorCode(
        code: "RequestTimeTooSkewed", status: 403,
        message: "The difference between the request time and the current time is too large.")
    static let invalidArgument = OSSErrorCode(code: "InvalidArgument", status: 400, message: "The argument is invalid.")
    static let invalidPolicyDocument = OSSErrorCode(
        code: "InvalidPolicyDocument", status: 400, message: "Invalid Policy: the policy document is not valid.")
    static let noSuchBucket = OSSErrorCode(
        code: "NoSuchBucket", status: 404, message: "The specified bucket does not exist.")
    static let noSuchKey = OSSErrorCode(code: "NoSuchKey", status: 404, message: "The specified key does not exist.")
    static let noSuchUpload = OSSErrorCode(
        code: "NoSuchUpload", status: 404,
        message:
            "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed."
    )
    static let bucketAlreadyExists = OSSErrorCode(
        code: "BucketAlreadyExists", status: 409,
        message:
            "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again."
    )
    static let bucketNotEmpty = OSSErrorCode(
        code: "BucketNotEmpty", status: 409, message: "The bucket you tried to delete is not empty.")
    static let invalidBucketName = OSSErrorCode(
        code: "InvalidBucketName", status: 400, message: "The specified bucket is not valid.")
    static let invalidObjectName = OSSErrorCode(
        code: "InvalidObjectName", status: 400, message: "The specified object is not valid.")
    static let entityTooLarge = OSSErrorCode(
        code: "EntityTooLarge", status: 400, message: "Your proposed upload exceeds the maximum allowed size.")
    static let entityTooSmall = OSSErrorCode(
        code: "EntityTooSmall", status: 400, message: "Your proposed upload smaller than the minimum allowed size.")
    static let invalidPart = OSSErrorCode(
        code: "InvalidPart", status: 400,
        message:
            "One or more of the specified parts could not be found or the specified entity tag might not have matched the part's entity tag."
    )
    static let invalidPartOrder = OSSErrorCode(
        code: "InvalidPartOrder", status: 400,
        message: "The list of parts was not in ascending order. Parts list must specified in order by part number.")
    static let invalidRange = OSSErrorCode(
        code: "InvalidRange", status: 416, message: "The requested range cannot be satisfied.")
    static let malformedXML = OSSErrorCode(
        code: "MalformedXML", status: 400,
        message: "The XML you provided was not well-formed or did not validate against our published schema.")
    static let invalidDigest = OSSErrorCode(
        code: "InvalidDigest", status: 400, message: "The Content-MD5 you specified was invalid.")
    static let preconditionFailed = OSSErrorCode(
        code: "PreconditionFailed", status: 412,
        message: "At least one of the pre-conditions you specified did not hold.")
    static let fileAlreadyExists = OSSErrorCode(
        code: "FileAlreadyExists", status: 409,
        message: "The object you specified already exists and can not be overwritten.")
    static let internalError = OSSErrorCode(
        code: "InternalError", status: 500, message: "We encountered an internal error. Please try again.")
    static let notImplemented = OSSErrorCode(
        code: "NotImplemented", status: 501, message: "The emulator does not implement this operation.")
    static let methodNotAllowed = OSSErrorCode(
        code: "MethodNotAllowed", status: 405, message: "The specified method is not allowed against this resource.")
    static let storeFull = OSSErrorCode(code: "EntityTooLarge", status: 400, message: "The emulator's store is full.")
}

/// An error answer being built: the code and the fields OSS adds to its `<Error>` body.
struct OSSFailure: Error, Sendable {
    var error: OSSErrorCode
    /// Extra elements of the body, in order: `Key`, `BucketName`, `StringToSign`, `CanonicalRequest`, …
    var details: [(String, String)] = []
    /// A message other than the code's own.
    var message: String?

    /// Whether the connection is to be closed without an answer (an injected fault).
    var dropsConnection = false

    init(_ error: OSSErrorCode, message: String? = nil, _ details: [(String, String)] = []) {
        self.error = error
        self.message = message
        self.details = details
    }

    /// No answer at all: the connection closed (a fault's `dropConnection`).
    static var dropConnection: OSSFailure {
        var failure = OSSFailure(.internalError)
        failure.dropsConnection = true
        return failure
    }
}
