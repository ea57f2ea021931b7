/// Texts of which every match of a regular expression contains at least one, found by reading the pattern,
/// so that a text holding none of them is known not to match without running the expression.
///
/// The readers run about 60 ICU expressions over every sentence of every description; most sentences contain
/// none of an expression's words, and a byte search says so at a small part of the cost of an ICU match (which
/// on Linux also copies the text into UTF-16 on every call).
///
/// The rule read from a pattern, conservatively (anything not understood gives no literals: always run):
/// - a run of literal characters not made optional by `?`, `*` or `{0,…}` must appear as it is written;
/// - a group that is not optional must match one of its alternatives, so one of the literals of those does;
/// - an alternation needs one literal per alternative, or it gives none;
/// - anchors, `\b` and lookarounds take no characters, so they neither break a run nor add one;
/// - classes, `.`, `\d`, `\s` and other escapes of several characters end a run.
///
/// A sequence keeps the one requirement whose shortest literal is longest. In a case-insensitive pattern,
/// ASCII letters are compared without case; a literal with another cased character gives none, and a text
/// with a character whose case folding holds an ASCII letter (`ſ`, `K`, `ﬁ`, `ß`, accented Latin letters) is
/// always run: every such character lies in U+00C0–U+024F, U+1E00–U+1EFF, U+2100–U+214F or U+FB00–U+FB4F.
struct RequiredLiterals: Sendable, Equatable {
    /// The literals, as UTF-8 (ASCII letters lowercased when `caseInsensitive`).
    let needles: [[UInt8]]
    let caseInsensitive: Bool

    /// The literals every match of `pattern` contains one of, or nil when the pattern promises none.
    init?(pattern: String, caseInsensitive: Bool) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let found = try? parser.alternation(), parser.position == parser.scalars.count else { return nil }
        var needles: [[UInt8]] = []
        for literal in found {
            var bytes: [UInt8] = []
            for scalar in literal.unicodeScalars {
                if caseInsensitive, !scalar.isASCII, scalar.properties.isCased || Self.foldsToASCII(scalar) {
                    return nil
                }
                let lowered = caseInsensitive && scalar.isASCII ? Self.lowered(UInt8(scalar.value)) : nil
                if let lowered { bytes.append(lowered) } else { bytes += Array(String(scalar).utf8) }
            }
            if !needles.contains(bytes) { needles.append(bytes) }
        }
        self.needles = needles
        self.caseInsensitive = caseInsensitive
    }

    /// False only when `text` cannot match the pattern.
    func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard caseInsensitive else { return needles.contains { Self.occurs($0, in: bytes) } }
            if Self.holdsCaseFoldingToASCII(bytes) { return true }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
                for index in bytes.indices { lowered[index] = Self.lowered(bytes[index]) }
                return needles.contains { Self.occurs($0, in: UnsafeBufferPointer(lowered)) }
            }
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func foldsToASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0...0x24F, 0x1E00...0x1EFF, 0x2100...0x214F, 0xFB00...0xFB4F: true
        default: false
        }
    }

    /// Whether the UTF-8 text holds a scalar of ``foldsToASCII(_:)``'s ranges, read from the lead bytes.
    private static func holdsCaseFoldingToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            switch byte {
            case 0xC3...0xC9: return true  // U+00C0–U+027F
            case 0xE1 where index + 1 < bytes.count && (0xB8...0xBB).contains(bytes[index + 1]): return true
            case 0xE2 where index + 1 < bytes.count && (0x84...0x85).contains(bytes[index + 1]): return true
            case 0xEF where index + 1 < bytes.count && (0xAC...0xAD).contains(bytes[index + 1]): return true
            default: index += 1
            }
        }
        return false
    }

    /// Whether `needle` occurs in `text`, byte for byte.
    private static func occurs(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: text) != nil }
    }
}

/// Reads a pattern into what ``RequiredLiterals`` needs; throws on anything it does not know.
private struct Parser {
    struct Unknown: Error {}

    let scalars: [Unicode.Scalar]
    var position = 0

    private var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    /// The literals one of which every match contains, or nil for none known.
    mutating func alternation() throws(Unknown) -> [String]? {
        var union: [String] = []
        var everyAlternativeHasOne = true
        while true {
            if let literals = try sequence() { union += literals } else { everyAlternativeHasOne = false }
            guard next == "|" else { break }
            position += 1
        }
        return everyAlternativeHasOne ? union : nil
    }

    private enum Element {
        case literal(Character)
        case zeroWidth
        case consuming
        case group([String]?)
    }

    private mutating func sequence() throws(Unknown) -> [String]? {
        var candidates: [[String]] = []
        var run = ""
        func flush() {
            if !run.isEmpty { candidates.append([run]) }
            run = ""
        }
        while let scalar = next, scalar != "|", scalar != ")" {
            let element = try self.element()
            let (optional, repeated) = try quantifier()
            switch element {
            case .literal(let character):
                if optional {
                    flush()
                } else {
                    run.append(character)
                    if repeated { flush() }
                }
            case .zeroWidth:
                if optional { flush() }
            case .consuming:
                flush()
            case .group(let literals):
                flush()
                if !optional, let literals { candidates.append(literals) }
            }
        }
        flush()
        return candidates.max { Self.strength($0) < Self.strength($1) }
    }

    /// A requirement is stronger when its shortest literal is longer, then when it has fewer literals.
    private static func strength(_ literals: [String]) -> (Int, Int) {
        (literals.map(\.utf8.count).min() ?? 0, -literals.count)
    }

    private mutating func element() throws(Unknown) -> Element {
        guard let scalar = next else { throw Unknown() }
        position += 1
        switch scalar {
        case "(":
            return try group()
        case "[":
            try skipClass()
            return .consuming
        case "\\":
            return try escape()
        case ".":
            return .consuming
        case "^", "$":
            return .zeroWidth
        case "*", "+", "?", "{", "}", "]":
            throw Unknown()
        default:
            return .literal(Character(scalar))
        }
    }

    private mutating func group() throws(Unknown) -> Element {
        var lookaround = false
        if next == "?" {
            position += 1
            switch next {
            case ":":
                position += 1
            case "=", "!":
                position += 1
                lookaround = true
            case "<":
                position += 1
                if next == "=" || next == "!" {
                    position += 1
                    lookaround = true
                } else {
                    while let scalar = next, scalar != ">" {
                        guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { throw Unknown() }
                        position += 1
                    }
                    guard next == ">" else { throw Unknown() }
                    position += 1
                }
            default:
                throw Unknown()
            }
        }
        let inner = try alternation()
        guard next == ")" else { throw Unknown() }
        position += 1
        return lookaround ? .zeroWidth : .group(inner)
    }

    private mutating func skipClass() throws(Unknown) {
        if next == "^" { position += 1 }
        if next == "]" { throw Unknown() }
        while let scalar = next {
            position += 1
            switch scalar {
            case "]": return
            case "[": throw Unknown()
            case "\\":
                guard next != nil else { throw Unknown() }
                position += 1
            default: break
            }
        }
        throw Unknown()
    }

    private mutating func escape() throws(Unknown) -> Element {
        guard let scalar = next else { throw Unknown() }
        position += 1
        switch scalar {
        case "b", "B", "A", "z", "Z", "G":
            return .zeroWidth
        case "d", "D", "s", "S", "w", "W", "h", "H", "v", "V", "R", "X", "n", "t", "r", "f", "e", "a":
            return .consuming
        case "x":
            if next == "{" {
                while let hex = next, hex != "}" { position += 1 }
                guard next == "}" else { throw Unknown() }
                position += 1
            } else {
                position += 2
            }
            return .consuming
        default:
            guard scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
                throw Unknown()
            }
            return .literal(Character(scalar))
        }
    }

    /// Whether the element just read may be absent (`?`, `*`, `{0,…}`) or may repeat (`+`, `{n,…}`).
    private mutating func quantifier() throws(Unknown) -> (optional: Bool, repeated: Bool) {
        var result: (optional: Bool, repeated: Bool)
        switch next {
        case "?":
            result = (true, false)
        case "*":
            result = (true, true)
        case "+":
            result = (false, true)
        case "{":
            position += 1
            var digits = ""
            while let scalar = next, ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                position += 1
            }
            guard let minimum = Int(digits) else { throw Unknown() }
            var maximum = minimum
            if next == "," {
                position += 1
                var upper = ""
                while let scalar = next, ("0"..."9").contains(scalar) {
                    upper.unicodeScalars.append(scalar)
                    position += 1
                }
                maximum = Int(upper) ?? Int.max
            }
            guard next == "}" else { throw Unknown() }
            result = (minimum == 0, maximum > 1)
        default:
            return (false, false)
        }
        position += 1
        if next == "?" || next == "+" { position += 1 }
        return result
    }
}
