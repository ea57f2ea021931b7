import AliyunRuntime
import AliyunXML
import Foundation

/// An error OSS answered: its `<Error>` document (from the body, or base64 in `x-oss-err` for a HEAD), the HTTP
/// status and the request's id.
public struct OSSServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// `NoSuchKey`, `SignatureDoesNotMatch`, … (`BadErrorResponse` when the answer had no readable document).
    public var code: String
    /// The message.
    public var message: String
    /// The request's id (`x-oss-request-id`), for support.
    public var requestId: String
    /// The detailed error code (`EC`, or the `x-oss-ec` header), when OSS gives one.
    public var ec: String
    /// Every field of the document, by element name (`HostId`, `Key`, `StringToSign`, …).
    public var fields: [String: String]

    /// Creates an error.
    public init(
        status: Int, code: String, message: String, requestId: String, ec: String = "", fields: [String: String] = [:]
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.requestId = requestId
        self.ec = ec
        self.fields = fields
    }

    /// The error an answer carries: its document read (at most 1 MiB), or `BadErrorResponse` with what could be read.
    public init(status: Int, headers: [String: String], body: [UInt8]) {
        var document = body
        if document.isEmpty, let encoded = headers["x-oss-err"], let decoded = Data(base64Encoded: encoded) {
            document = Array(decoded)
        }
        var fields: [String: String] = [:]
        var code = "BadErrorResponse"
        var message = ""
        if let root = try? XMLReader.read(document, limits: XMLReader.Limits(maximumBytes: 1 << 20)),
            root.name == "Error"
        {
            for child in root.children where fields[child.name] == nil { fields[child.name] = child.text }
            code = fields["Code"] ?? code
            message = fields["Message"] ?? ""
        } else if !document.isEmpty {
            message =
                "the error answer is not an OSS error document: "
                + String(decoding: document.prefix(256), as: UTF8.self)
        } else {
            message = "the error answer has no body"
        }
        self.init(
            status: status, code: code, message: message,
            requestId: fields["RequestId"] ?? headers["x-oss-request-id"] ?? "",
            ec: fields["EC"] ?? headers["x-oss-ec"] ?? "", fields: fields)
    }

    /// `OSS answered 404 NoSuchKey: message (request id …)`.
    public var description: String {
        "OSS answered \(status) \(code): \(message)" + (requestId.isEmpty ? "" : " (request id \(requestId))")
            + (ec.isEmpty ? "" : " [EC \(ec)]")
    }
}

/// The bytes that crossed are not the bytes that were sent: the CRC-64 computed on one side differs from the one
/// the other side reports (`x-oss-hash-crc64ecma`).
public struct OSSIntegrityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The checksum computed here.
    public var computed: UInt64
    /// The checksum OSS reported.
    public var reported: UInt64
    /// `upload` or `download`.
    public var direction: String

    /// Creates the error.
    public init(computed: UInt64, reported: UInt64, direction: String) {
        self.computed = computed
        self.reported = reported
        self.direction = direction
    }

    /// What went wrong.
    public var description: String {
        "CRC-64 mismatch on \(direction): computed \(computed), OSS reported \(reported); the data was corrupted on the way"
    }
}
