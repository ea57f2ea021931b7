/// A dry run (`DryRun=true`) passed every check the service makes; nothing was changed.
///
/// The service reports a passing dry run as HTTP 400 with code `DryRunOperation`; clients turn that
/// into this error so that it is never mistaken for a failure or for a real change. A dry run that
/// fails a check throws the operation's typed error as a real call would.
public struct DryRunSucceeded: Error, Sendable, Equatable, CustomStringConvertible {
    /// The code the service answers a passing dry run with.
    public static let code = "DryRunOperation"

    /// The answer, with its request id.
    public var serviceError: ServiceError

    /// Wraps the service's answer.
    public init(_ serviceError: ServiceError) {
        self.serviceError = serviceError
    }

    /// A sentence with the request id.
    public var description: String {
        "the dry run passed: the request would succeed" + (serviceError.requestId.map { " [RequestId \($0)]" } ?? "")
    }
}
