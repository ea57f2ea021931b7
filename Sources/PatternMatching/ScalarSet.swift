/// A set of Unicode scalars as a pattern writes one: ranges and ICU's class escapes, possibly negated.
struct ScalarSet: Sendable {
    /// A class escape: `\d`, `\w`, `\s`, as ICU defines them on Unicode properties.
    enum Escape: Sendable {
        /// `\d`: a decimal digit (`\p{Nd}`).
        case digit
        /// `\w`: alphabetic, a mark, a decimal digit, connector punctuation, ZWNJ or ZWJ.
        case word
        /// `\s`: white space (`\p{White_Space}`).
        case space
        /// `.`: anything but a line terminator.
        case notLineTerminator

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .digit:
                return scalar.properties.generalCategory == .decimalNumber
            case .word:
                if scalar.value == 0x200C || scalar.value == 0x200D || scalar.properties.isAlphabetic { return true }
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
                default: return false
                }
            case .space:
                return scalar.properties.isWhitespace
            case .notLineTerminator:
                return !LineTerminator.contains(scalar)
            }
        }
    }

    /// Scalar ranges in the set.
    var ranges: [ClosedRange<UInt32>] = []
    /// Class escapes in the set, each possibly negated (`\D`).
    var escapes: [(escape: Escape, negated: Bool)] = []
    /// Whether the set is the complement (`[^…]`, or `\D` alone).
    var negated = false

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let member =
            ranges.contains { $0.contains(scalar.value) }
            || escapes.contains { $0.escape.contains(scalar) != $0.negated }
        return member != negated
    }
}

/// ICU's line terminators: what `.` does not match and what `$` may stand before at the end.
enum LineTerminator {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
