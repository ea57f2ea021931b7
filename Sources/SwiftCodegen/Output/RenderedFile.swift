/// A generated file's path (relative to the output directory) and contents.
public struct RenderedFile: Sendable, Equatable {
    /// Relative path with `/` separators.
    public var path: String
    /// The full text.
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
