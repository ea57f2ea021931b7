import SpecIR

/// One change between two specs of a product, as it affects the Swift API generated from them.
public struct SpecChange: Sendable, Hashable, Codable {
    /// The operation changed (its action name).
    public var operation: String
    /// What changed, in words.
    public var summary: String
    /// Whether code written against the old SDK may no longer compile against the new one.
    public var isBreaking: Bool

    /// A change.
    public init(operation: String, summary: String, isBreaking: Bool) {
        self.operation = operation
        self.summary = summary
        self.isBreaking = isBreaking
    }
}
