/// Why a spec's `pattern` must not be run against request values: matching it could take exponential time in a
/// backtracking engine (ICU's, NSRegularExpression's), or it is too long to judge.
///
/// A conservative scan of the ICU syntax, not a parse: it refuses a quantified group (`*`, `+`, `{n,}`, `{n,m}`
/// with m > 1) that holds a quantifier at any depth (`^(a+)+$`, `(\w+\s?){2,}`), any backreference (`\1`,
/// `\k<name>`: matching with them is NP-hard), and any pattern longer than ``maximumLength`` characters.
/// Escapes, `\Q…\E` quoting and character classes are skipped, so `\(a+\)+` and `[(]+` are not groups.
enum PatternHazard {
    /// The longest pattern judged.
    static let maximumLength = 1_000

    /// What makes the pattern hazardous, as a phrase completing "the pattern …"; nil when it is not.
    static func of(_ pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        if scalars.count > maximumLength { return "is longer than \(maximumLength) characters" }
        var scan = Scan(scalars: scalars)
        return scan.run()
    }

    private struct Scan {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// For each open group, whether it holds a quantifier.
        var groups: [Bool] = []
        /// Whether the group that just closed holds a quantifier; nil when the last token was not a group.
        var closedGroupHolds: Bool?

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        mutating func run() -> String? {
            while let scalar = peek() {
                switch scalar {
                case "\\":
                    if let next = peek(1), ("1"..."9").contains(next) || next == "k" { return "uses a backreference" }
                    skipEscape()
                    closedGroupHolds = nil
                    continue
                case "[":
                    skipClass()
                    closedGroupHolds = nil
                    continue
                case "(":
                    groups.append(false)
                    index += 1
                    skipGroupKind()
                    closedGroupHolds = nil
                    continue
                case ")":
                    let holds = groups.popLast() ?? false
                    if holds, !groups.isEmpty { groups[groups.count - 1] = true }
                    closedGroupHolds = holds
                    index += 1
                    continue
                case "*", "+", "?", "{":
                    guard let repeats = quantifier() else { break }
                    if repeats, closedGroupHolds == true {
                        return "nests quantifiers (a quantified group holds a quantifier)"
                    }
                    if !groups.isEmpty { groups[groups.count - 1] = true }
                    closedGroupHolds = nil
                    continue
                default:
                    break
                }
                closedGroupHolds = nil
                index += 1
            }
            return nil
        }

        /// Skips `\x`, and `\Q…\E` whole.
        mutating func skipEscape() {
            guard peek(1) == "Q" else {
                index += 2
                return
            }
            index += 2
            while let scalar = peek(), !(scalar == "\\" && peek(1) == "E") { index += 1 }
            index += 2
        }

        /// Skips a character class, nested ones included; a `]` first in a class is a literal.
        mutating func skipClass() {
            var depth = 0
            repeat {
                guard let scalar = peek() else { return }
                if scalar == "\\" {
                    index += 2
                    continue
                }
                if scalar == "[" {
                    depth += 1
                    index += 1
                    if peek() == "^" { index += 1 }
                    if peek() == "]" { index += 1 }
                    continue
                }
                if scalar == "]" { depth -= 1 }
                index += 1
            } while depth > 0
        }

        /// Skips what follows `(` to say the group's kind (`?:`, `?=`, `?<name>`, `?i:`), so its `?` is no quantifier.
        mutating func skipGroupKind() {
            guard peek() == "?" else { return }
            index += 1
            if peek() == "<", let next = peek(1), next != "=", next != "!" {
                while let scalar = peek(), scalar != ">" { index += 1 }
            }
            index += 1
        }

        /// Consumes a quantifier at `index`, with its lazy or possessive mark; whether it repeats (may match more
        /// than once). Nil, consuming nothing, when a `{` is a literal brace.
        mutating func quantifier() -> Bool? {
            var repeats: Bool
            switch peek() {
            case "*", "+":
                repeats = true
                index += 1
            case "?":
                repeats = false
                index += 1
            default:
                var end = index + 1
                while end < scalars.count, scalars[end] != "}" { end += 1 }
                guard end < scalars.count else { return nil }
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                let bounds = body.split(separator: ",", omittingEmptySubsequences: false)
                guard (1...2).contains(bounds.count), let lower = Int(bounds[0]) else { return nil }
                let upper = bounds.count == 1 ? lower : (bounds[1].isEmpty ? Int.max : Int(bounds[1]))
                guard let upper else { return nil }
                repeats = upper > 1
                index = end + 1
            }
            if peek() == "?" || peek() == "+" { index += 1 }
            return repeats
        }
    }
}
