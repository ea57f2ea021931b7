import Foundation

/// A compiled ICU regular expression with the captures of its first match.
///
/// A text without any of the literals every match needs (``RequiredLiterals``) is answered without running
/// the expression.
struct RulePattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    private let regex: NSRegularExpression
    /// What a text must contain to match, when the pattern says.
    let literals: RequiredLiterals?

    /// Compiles `pattern`; the patterns are constants of this module, so a bad one is a programming error.
    init(_ pattern: String, caseInsensitive: Bool = false) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("invalid rule pattern \(pattern): \(error)")
        }
        literals = RequiredLiterals(pattern: pattern, caseInsensitive: caseInsensitive)
    }

    /// The pattern as written.
    var pattern: String { regex.pattern }
    /// Whether letters match without case.
    var caseInsensitive: Bool { regex.options.contains(.caseInsensitive) }

    /// The capture groups of the first match (index 0 is the whole match), or nil without a match.
    func captures(in text: String) -> [String?]? {
        if let literals, !literals.mayMatch(text) { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        if let literals, !literals.mayMatch(text) { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
