/// A name the sources spell (an API style, a parameter placement) kept as a typed value: the constants say
/// the names the generator knows, any other name is kept verbatim. It is written and read in JSON as the bare
/// string (the standard library's coding of a string raw value), and can be written as a literal.
public protocol SourceName: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
where RawValue == String {
    /// A value by its name.
    init(rawValue: String)
}

extension SourceName {
    /// A value by its name, as a literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The name.
    public var description: String { rawValue }
}
