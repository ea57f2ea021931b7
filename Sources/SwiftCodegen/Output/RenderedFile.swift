/// A generated file's path (relative to the output directory) and contents.
public struct RenderedFile: Sendable, Equatable {
    /// Relative path with `/` separators.
    public var path: String
    /// The full text as UTF-8: what is written, and what an existing file is compared with, byte for byte.
    public var bytes: [UInt8]

    /// The full text.
    public var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    /// Creates a file from its text.
    public init(path: String, contents: String) {
        self.path = path
        self.bytes = Array(contents.utf8)
    }

    /// Creates a file from its text's UTF-8 bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
