/// A problem that stops generation, located where it can be.
public struct GenerationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The file it concerns, if any.
    public var file: String?
    /// The 1-based line, if known.
    public var line: Int?

    /// Creates an error.
    public init(_ message: String, file: String? = nil, line: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
    }

    /// `path:line: error: message`.
    public var description: String {
        guard let file else { return "error: \(message)" }
        return "\(file):\(line ?? 0): error: \(message)"
    }
}
