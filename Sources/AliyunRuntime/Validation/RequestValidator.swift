import Foundation

/// Collects the violations of documented rules; generated `validate()` methods call its checks.
///
/// Every check records a violation and carries on, so that ``finish(operation:)`` reports all of them.
public struct RequestValidator: Sendable {
    /// The violations found so far.
    public private(set) var violations: [ValidationViolation] = []
    /// The open-enum values the documentation does not list that passed (``checkDocumentedValue(_:_:path:rule:)``).
    public private(set) var undocumentedValues: [UndocumentedValue] = []

    /// Creates an empty validator.
    public init() {}

    private mutating func fail(_ path: String, _ kind: String, _ message: String, _ rule: DocumentedRule) {
        violations.append(
            ValidationViolation(
                path: path, rule: kind, message: message, documentation: rule.documentation,
                serverErrorCode: rule.errorCode, trust: rule.trust))
    }

    /// A required parameter must be present (for a string: not empty).
    public mutating func checkPresent(_ present: Bool, path: String, rule: DocumentedRule) {
        if !present { fail(path, "required", "is required", rule) }
    }

    /// String length in characters, inclusive bounds.
    public mutating func checkLength(_ value: String, min: Int?, max: Int?, path: String, rule: DocumentedRule) {
        let length = value.count
        if let min, length < min {
            fail(path, "length", "must be at least \(min) characters long (it has \(length))", rule)
        }
        if let max, length > max {
            fail(path, "length", "must be at most \(max) characters long (it has \(length))", rule)
        }
    }

    /// A number within inclusive bounds.
    public mutating func checkRange<Value: Comparable & Sendable>(
        _ value: Value, min: Value?, max: Value?, path: String, rule: DocumentedRule
    ) {
        if let min, value < min { fail(path, "range", "must be at least \(min) (it is \(value))", rule) }
        if let max, value > max { fail(path, "range", "must be at most \(max) (it is \(value))", rule) }
    }

    /// A number written as a string within inclusive bounds.
    public mutating func checkRange(_ value: String, min: Double?, max: Double?, path: String, rule: DocumentedRule) {
        guard let number = Double(value) else {
            fail(path, "range", "must be a number (it is \"\(value)\")", rule)
            return
        }
        checkRange(number, min: min, max: max, path: path, rule: rule)
    }

    /// The number of elements of a list, inclusive bounds.
    public mutating func checkCount(_ count: Int, min: Int?, max: Int?, path: String, rule: DocumentedRule) {
        if let min, count < min { fail(path, "count", "must have at least \(min) elements (it has \(count))", rule) }
        if let max, count > max { fail(path, "count", "must have at most \(max) elements (it has \(count))", rule) }
    }

    /// One of the documented values.
    public mutating func checkAllowedValues(_ value: String, _ allowed: [String], path: String, rule: DocumentedRule) {
        if !allowed.contains(value) {
            fail(path, "allowedValues", "must be one of \(allowed.joined(separator: ", ")) (it is \"\(value)\")", rule)
        }
    }

    /// One of the documented values, for an open enum. A documented case must be one of `allowed` (which a
    /// prose rule may narrow below the enum's cases). The undocumented case (`.undocumented("…")`) passes:
    /// it is the caller's explicit choice of a value the documentation does not list (yet) — a service adds
    /// values long before an SDK is regenerated — so open enums stay open without turning validation off.
    /// It is recorded in ``undocumentedValues`` and sent verbatim.
    public mutating func checkDocumentedValue<Value: OpenEnum>(
        _ value: Value, _ allowed: [String], path: String, rule: DocumentedRule
    ) {
        checkDocumentedValue(value.rawValue, isDocumented: value.isDocumented, allowed, path: path, rule: rule)
    }

    /// The same on an open enum's raw value and whether it is a documented case.
    mutating func checkDocumentedValue(
        _ value: String, isDocumented: Bool, _ allowed: [String], path: String, rule: DocumentedRule
    ) {
        guard isDocumented else {
            undocumentedValues.append(UndocumentedValue(path: path, value: value))
            return
        }
        checkAllowedValues(value, allowed, path: path, rule: rule)
    }

    /// The first character belongs to one of the classes.
    public mutating func checkFirstCharacter(
        _ value: String, _ classes: [ValidationCharacterClass], path: String, rule: DocumentedRule
    ) {
        guard let first = value.unicodeScalars.first, !classes.contains(where: { $0.contains(first) }) else { return }
        let names = classes.map(\.phrase).joined(separator: " or ")
        fail(path, "firstCharacter", "must start with \(names) (it starts with \"\(first)\")", rule)
    }

    /// Every character belongs to one of the classes or is one of the listed characters.
    public mutating func checkAllowedCharacters(
        _ value: String, classes: [ValidationCharacterClass], characters: String, path: String, rule: DocumentedRule
    ) {
        let extra = Set(characters.unicodeScalars)
        let bad = value.unicodeScalars.first { scalar in
            !extra.contains(scalar) && !classes.contains { $0.contains(scalar) }
        }
        if let bad { fail(path, "allowedCharacters", "must not contain \"\(bad)\"", rule) }
    }

    /// The value does not start with any of the prefixes.
    public mutating func checkForbiddenPrefixes(
        _ value: String, _ prefixes: [String], path: String, rule: DocumentedRule
    ) {
        if let prefix = prefixes.first(where: value.hasPrefix) {
            fail(path, "forbiddenPrefixes", "must not start with \"\(prefix)\"", rule)
        }
    }

    /// The value contains none of the substrings.
    public mutating func checkForbiddenSubstrings(
        _ value: String, _ substrings: [String], path: String, rule: DocumentedRule
    ) {
        if let substring = substrings.first(where: value.contains) {
            fail(path, "forbiddenSubstrings", "must not contain \"\(substring)\"", rule)
        }
    }

    /// The value matches a regular expression somewhere (ICU syntax, as api-docs `pattern` is written), by the
    /// linear-time matcher: no pattern makes the check slower than the value's length times the pattern's size.
    /// A pattern the matcher does not run is not checked (the generator warns of it and emits no such check).
    public mutating func checkPattern(_ value: String, _ pattern: String, path: String, rule: DocumentedRule) {
        guard let expression = CompiledPatterns.shared.pattern(pattern) else { return }
        if !expression.matches(in: value) {
            fail(path, "pattern", "must match \(pattern)", rule)
        }
    }

    /// Throws every violation found, if any.
    public func finish(operation: String) throws(RequestValidationError) {
        if !violations.isEmpty { throw RequestValidationError(operation: operation, violations: violations) }
    }
}
