/// A message about the input, located in it.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Equatable, Hashable, Codable {
        case warning
        case error
    }

    /// How bad it is.
    public var severity: Severity
    /// What is wrong, and for warnings what the reader did about it.
    public var message: String
    /// Where.
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `path:line: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// An input problem that stops reading.
public struct DiagnosticError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error diagnostic.
    public var diagnostic: Diagnostic

    /// Creates an error at a location.
    public init(_ message: String, at location: SourceLocation) {
        diagnostic = Diagnostic(.error, message, at: location)
    }

    /// `path:line: error: message`.
    public var description: String { diagnostic.description }
}
