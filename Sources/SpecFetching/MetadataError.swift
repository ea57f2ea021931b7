/// Why the metadata service's answer could not be had or used, in a sentence that says what to do.
public struct MetadataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sentence.
    public var message: String

    /// An error.
    public init(_ message: String) {
        self.message = message
    }

    /// The sentence.
    public var description: String { message }

    /// The service could not be reached at `url`, after every attempt.
    static func unreachable(_ url: String, reason: String) -> MetadataError {
        MetadataError(
            "cannot reach \(url): \(reason). No network? Download that address yourself and pass the file to "
                + "`aliyun-codegen generate --spec FILE`, or point --metadata-url (or \(MetadataService.environmentVariable)) "
                + "at a mirror")
    }
}
