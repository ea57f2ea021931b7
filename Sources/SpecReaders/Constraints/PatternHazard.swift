import PatternMatching

/// Why a spec's `pattern` is not checked: the runtime's linear-time matcher (``LinearPattern``, what generated
/// validators run, client and server side) cannot run it, or it is too long to judge.
///
/// The matcher runs every pattern it compiles in time proportional to the value's length, nested quantifiers
/// included (`^(a+)+$` costs what `^a+$` does), so only syntax that needs backtracking (backreferences,
/// lookaround), syntax it does not take, or a program too large is refused. A refused pattern is kept as
/// documentation: a rule not checked never blocks a call.
enum PatternHazard {
    /// The longest pattern judged.
    static let maximumLength = 1_000

    /// What makes the pattern unusable, as a phrase completing "the pattern …"; nil when it can be checked.
    static func of(_ pattern: String) -> String? {
        if pattern.unicodeScalars.count > maximumLength { return "is longer than \(maximumLength) characters" }
        do {
            _ = try LinearPattern(pattern)
            return nil
        } catch {
            return error.description
        }
    }
}
