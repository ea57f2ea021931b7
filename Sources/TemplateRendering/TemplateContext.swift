/// A view model a template reads: its stored properties are its members, by their names, through its
/// (usually synthesized) `Encodable` conformance.
///
/// A nil optional is a member known to be absent, so a name that no context on the stack has, not even as nil,
/// is a render error (``TemplateError``). Members computed from the stored ones are added by
/// ``encodeComputedMembers(to:)``.
public protocol TemplateContext: Encodable, Sendable {
    /// Adds members computed from the stored ones, after those: write them with
    /// `encoder.container(keyedBy: TemplateKey.self)`; a computed member replaces a stored one of the same name.
    /// The default adds none.
    func encodeComputedMembers(to encoder: any Encoder) throws
}

extension TemplateContext {
    /// No computed members.
    public func encodeComputedMembers(to encoder: any Encoder) throws {}
}

/// The key of a computed member: any name, written as a string literal.
public struct TemplateKey: CodingKey, Sendable, ExpressibleByStringLiteral {
    /// The member's name.
    public let stringValue: String
    /// Always nil: members are named.
    public var intValue: Int? { nil }

    /// The key named `stringValue`.
    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Keys are names; an integer is written as its decimal text.
    public init(intValue: Int) {
        stringValue = String(intValue)
    }

    /// The key named by the literal.
    public init(stringLiteral value: String) {
        stringValue = value
    }
}

extension Encoder {
    /// Writes `context`'s members, stored and computed, as members of the value this encoder writes: what a
    /// context does whose members are another's as well (a declaration and its content).
    public func encodeMembers(of context: some TemplateContext) throws {
        try context.encode(to: self)
        try context.encodeComputedMembers(to: self)
    }
}
