/// What validation let through for one call: broken rules that did not block it in its mode, and values
/// of open enums that the documentation does not list.
public struct ValidationReport: Sendable, Equatable {
    /// The operation whose request was checked.
    public var operation: String
    /// The mode it was checked in.
    public var mode: ValidationMode
    /// The broken rules that were logged and sent anyway.
    public var letThrough: [ValidationViolation]
    /// The undocumented values that were sent.
    public var undocumentedValues: [UndocumentedValue]

    /// Creates a report.
    public init(
        operation: String, mode: ValidationMode, letThrough: [ValidationViolation] = [],
        undocumentedValues: [UndocumentedValue] = []
    ) {
        self.operation = operation
        self.mode = mode
        self.letThrough = letThrough
        self.undocumentedValues = undocumentedValues
    }
}

/// An open enum's value that the documentation does not list, sent verbatim.
public struct UndocumentedValue: Sendable, Equatable, Hashable {
    /// The parameter's wire path.
    public var path: String
    /// The value as sent.
    public var value: String

    /// Creates one.
    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }
}
