/// Reads a pattern in the part of ICU's syntax the linear engine runs: literals, `.`, classes with ranges and
/// `\d \w \s` (and their negations), the escapes `\xhh \x{h…} \uhhhh \n \r \t \f` and escaped punctuation,
/// groups (`(…)`, `(?:…)`, `(?<name>…)`, all matched alike), `|`, the quantifiers `* + ? {n} {n,} {n,m}` (lazy
/// or not), and the anchors `^ $ \A \Z \z`. Anything else (backreferences, lookaround, inline flags,
/// possessive quantifiers, `\b`, `\p{…}`, nested or intersected classes, octal) is refused with
/// ``PatternError/unsupported(_:)``, never guessed at: a refused pattern is not run at all.
struct PatternParser {
    /// The largest count a `{n,m}` may give (ICU's own limit is larger; none in the corpus comes close).
    static let maximumCount = 1_000
    /// The deepest nesting of groups taken (the parser and compiler recurse once per level).
    static let maximumDepth = 64

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    mutating func parse() throws(PatternError) -> PatternNode {
        let node = try alternation()
        guard index == scalars.count else { throw .unsupported("an unmatched )") }
        return node
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func alternation() throws(PatternError) -> PatternNode {
        var branches = [try sequence()]
        while peek() == "|" {
            index += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        while let scalar = peek(), scalar != "|", scalar != ")" {
            var atom = try self.atom()
            while let quantifier = try self.quantifier() {
                switch atom {
                case .start, .end, .strictEnd: throw .unsupported("a quantified anchor")
                default: break
                }
                atom = .repetition(atom, minimum: quantifier.minimum, maximum: quantifier.maximum)
            }
            items.append(atom)
        }
        return items.count == 1 ? items[0] : items.isEmpty ? .empty : .sequence(items)
    }

    private mutating func atom() throws(PatternError) -> PatternNode {
        guard let scalar = peek() else { throw .unsupported("a pattern that ends early") }
        index += 1
        switch scalar {
        case "(":
            try groupKind()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw .unsupported("groups nested over \(Self.maximumDepth) deep") }
            let inner = try alternation()
            guard peek() == ")" else { throw .unsupported("an unclosed group") }
            index += 1
            // A group stays a node of its own, so that a quantifier on a group of anchors is taken.
            return .sequence([inner])
        case "[": return .set(try characterClass())
        case ".": return .set(ScalarSet(escapes: [(.notLineTerminator, false)]))
        case "^": return .start
        case "$": return .end
        case "\\": return try escape()
        case "*", "+", "?", "{", "}", "]": throw .unsupported("\(scalar) with nothing to repeat, or unescaped")
        default: return .scalar(scalar)
        }
    }

    /// Consumes `?:` or `?<name>` after `(`; other group kinds are refused.
    private mutating func groupKind() throws(PatternError) {
        guard peek() == "?" else { return }
        if peek(1) == ":" {
            index += 2
            return
        }
        guard peek(1) == "<", let first = peek(2), first.properties.isAlphabetic else {
            throw .unsupported("a group of kind (\(String(peek(1) ?? "?"))…: lookaround or inline flags")
        }
        index += 2
        while let scalar = peek(), scalar != ">" {
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
                throw .unsupported("a malformed group name")
            }
            index += 1
        }
        guard peek() == ">" else { throw .unsupported("an unclosed group name") }
        index += 1
    }

    private mutating func quantifier() throws(PatternError) -> (minimum: Int, maximum: Int?)? {
        let bounds: (minimum: Int, maximum: Int?)
        switch peek() {
        case "*": bounds = (0, nil)
        case "+": bounds = (1, nil)
        case "?": bounds = (0, 1)
        case "{": return try marked(counted())
        default: return nil
        }
        index += 1
        return try marked(bounds)
    }

    /// The quantifier's bounds, after consuming a lazy mark; a possessive one is refused.
    private mutating func marked(
        _ bounds: (minimum: Int, maximum: Int?)
    ) throws(PatternError) -> (minimum: Int, maximum: Int?) {
        if peek() == "+" { throw .unsupported("a possessive quantifier") }
        if peek() == "?" { index += 1 }
        return bounds
    }

    /// `{n}`, `{n,}` or `{n,m}` at `index`, consumed.
    private mutating func counted() throws(PatternError) -> (minimum: Int, maximum: Int?) {
        var end = index + 1
        while end < scalars.count, scalars[end] != "}" { end += 1 }
        guard end < scalars.count else { throw .unsupported("a { that starts no count") }
        let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let minimum = Int(parts[0]), minimum <= Self.maximumCount
        else { throw .unsupported("a count {\(body)}") }
        var maximum: Int? = minimum
        if parts.count == 2 {
            if parts[1].isEmpty {
                maximum = nil
            } else {
                guard let upper = Int(parts[1]), upper >= minimum, upper <= Self.maximumCount else {
                    throw .unsupported("a count {\(body)}")
                }
                maximum = upper
            }
        }
        index = end + 1
        return (minimum, maximum)
    }

    private mutating func escape() throws(PatternError) -> PatternNode {
        guard let scalar = peek() else { throw .unsupported("a trailing backslash") }
        if let set = Self.classEscape(scalar) {
            index += 1
            return .set(set)
        }
        switch scalar {
        case "A":
            index += 1
            return .start
        case "Z":
            index += 1
            return .end
        case "z":
            index += 1
            return .strictEnd
        default:
            return .scalar(try literalEscape())
        }
    }

    /// `\d \D \w \W \s \S` as a set of their own.
    private static func classEscape(_ scalar: Unicode.Scalar) -> ScalarSet? {
        switch scalar {
        case "d", "D": ScalarSet(escapes: [(.digit, scalar == "D")])
        case "w", "W": ScalarSet(escapes: [(.word, scalar == "W")])
        case "s", "S": ScalarSet(escapes: [(.space, scalar == "S")])
        default: nil
        }
    }

    /// The scalar an escape other than a class stands for, with `index` on the escaped scalar; consumed.
    private mutating func literalEscape() throws(PatternError) -> Unicode.Scalar {
        guard let scalar = peek() else { throw .unsupported("a trailing backslash") }
        index += 1
        switch scalar {
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "f": return "\u{0C}"
        case "x":
            if peek() == "{" {
                index += 1
                return try hexadecimal(until: "}")
            }
            return try hexadecimal(digits: 2)
        case "u": return try hexadecimal(digits: 4)
        case "1"..."9", "k":
            throw .unsupported("a backreference (\\\(scalar))")
        default:
            guard scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
                throw .unsupported("the escape \\\(scalar)")
            }
            return scalar
        }
    }

    private mutating func hexadecimal(digits: Int) throws(PatternError) -> Unicode.Scalar {
        guard index + digits <= scalars.count else { throw .unsupported("a short hexadecimal escape") }
        let text = String(String.UnicodeScalarView(scalars[index..<(index + digits)]))
        index += digits
        guard let value = UInt32(text, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw .unsupported("the hexadecimal escape \(text)")
        }
        return scalar
    }

    private mutating func hexadecimal(until terminator: Unicode.Scalar) throws(PatternError) -> Unicode.Scalar {
        var end = index
        while end < scalars.count, scalars[end] != terminator { end += 1 }
        guard end < scalars.count, end > index, end - index <= 6 else { throw .unsupported("a hexadecimal escape") }
        let scalar = try hexadecimal(digits: end - index)
        index += 1
        return scalar
    }

    /// A class after its `[`, through its `]`. A `-` makes a range only between two single scalars; first,
    /// last, or after a range or a class escape, it is itself.
    private mutating func characterClass() throws(PatternError) -> ScalarSet {
        var set = ScalarSet()
        if peek() == "^" {
            set.negated = true
            index += 1
        }
        guard peek() != "]" else { throw .unsupported("a class that starts with ]") }
        var previous: Unicode.Scalar?
        while let scalar = peek(), scalar != "]" {
            switch scalar {
            case "[": throw .unsupported("a nested class")
            case "&" where peek(1) == "&": throw .unsupported("a class intersection")
            case "-" where previous != nil && peek(1) != "]" && peek(1) != nil:
                index += 1
                let upper = try classMember(allowingEscape: false)
                guard case .scalar(let last) = upper, let first = previous, first.value <= last.value else {
                    throw .unsupported("a class range that runs backwards or ends in a class")
                }
                set.ranges.removeLast()
                set.ranges.append(first.value...last.value)
                previous = nil
                continue
            default:
                break
            }
            switch try classMember(allowingEscape: true) {
            case .scalar(let member):
                set.ranges.append(member.value...member.value)
                previous = member
            case .escape(let escape, let negated):
                set.escapes.append((escape, negated))
                previous = nil
            }
        }
        guard peek() == "]" else { throw .unsupported("an unclosed class") }
        index += 1
        return set
    }

    private enum ClassMember {
        case scalar(Unicode.Scalar)
        case escape(ScalarSet.Escape, negated: Bool)
    }

    private mutating func classMember(allowingEscape: Bool) throws(PatternError) -> ClassMember {
        guard let scalar = peek() else { throw .unsupported("an unclosed class") }
        guard scalar == "\\" else {
            index += 1
            return .scalar(scalar)
        }
        index += 1
        if let next = peek(), let set = Self.classEscape(next), let escape = set.escapes.first {
            guard allowingEscape else { throw .unsupported("a class range that ends in a class") }
            index += 1
            return .escape(escape.escape, negated: escape.negated)
        }
        return .scalar(try literalEscape())
    }
}
