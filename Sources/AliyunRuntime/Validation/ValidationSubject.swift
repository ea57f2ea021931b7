/// A scalar a documented rule can check: its text (what a text rule reads), its number (what a range reads)
/// and whether it is a documented value.
public protocol ValidationSubject: RPCQueryValue {
    /// The value as a number for a range check; nil for text, which a range parses (and reports when it is not
    /// a number).
    var validationNumber: Double? { get }
    /// The value as an integer for a range with integer bounds; nil when it is not an integer.
    var validationInteger: Int64? { get }
    /// Whether the value is one the documentation lists (always, except an open enum's undocumented case).
    var isDocumentedValue: Bool { get }
}

extension ValidationSubject {
    /// Not a number: a range parses the text.
    public var validationNumber: Double? { nil }
    /// Not an integer.
    public var validationInteger: Int64? { nil }
    /// Every value of a plain scalar is documented.
    public var isDocumentedValue: Bool { true }
}

extension String: ValidationSubject {}
extension Bool: ValidationSubject {}

extension Int: ValidationSubject {
    /// The integer as a number.
    public var validationNumber: Double? { Double(self) }
    /// The integer.
    public var validationInteger: Int64? { Int64(self) }
}

extension Int64: ValidationSubject {
    /// The integer as a number.
    public var validationNumber: Double? { Double(self) }
    /// The integer.
    public var validationInteger: Int64? { self }
}

extension Double: ValidationSubject {
    /// The number.
    public var validationNumber: Double? { self }
}

extension OpenEnum {
    /// Whether the value is one of the documented cases.
    public var isDocumentedValue: Bool { isDocumented }
}
