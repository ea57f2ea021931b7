/// Where a piece of the IR came from: a file as it was named to the reader, a 1-based line and,
/// where the reader knows it, a 1-based column (in bytes, as compilers count).
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The path of the spec file, exactly as it was given to the reader.
    public var file: String
    /// The 1-based line number in that file; 0 when the line is unknown.
    public var line: Int
    /// The 1-based byte column, when known (minified JSON keeps everything on line 1).
    public var column: Int?

    /// Creates a location.
    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line` or `path:line:column`, the prefix compilers use for diagnostics.
    public var description: String { "\(file):\(position)" }

    /// `line` or `line:column`.
    public var position: String { column.map { "\(line):\($0)" } ?? "\(line)" }
}
