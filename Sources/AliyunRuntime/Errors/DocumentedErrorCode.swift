/// An error code of one operation: `Operation` is the operation's error type, so the codes of two operations
/// are different types, and the documented codes are constants in an extension constrained to it
/// (`extension DocumentedErrorCode<ModifyImageAttributeError>`). One generic type serves every operation: a
/// generated SDK declares no code type of its own.
public struct DocumentedErrorCode<Operation>: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The code, verbatim.
    public var rawValue: String

    /// Wraps a code.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The code.
    public var description: String { rawValue }
}
