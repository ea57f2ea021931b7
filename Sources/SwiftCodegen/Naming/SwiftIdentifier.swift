/// Turns wire names into Swift identifiers.
///
/// Words are split at every character that is not a letter or digit (`.`, `-`, `_`, spaces) and at
/// case changes (`ImageName` → `Image`, `Name`; `IPv6Address` → `IPv6`, `Address`); a leading
/// acronym is lower-cased whole (`UEFI-Preferred` → `uefiPreferred`). Every result is valid Swift for any
/// input, by ``IdentifierGrammar``: scalars it does not want are dropped, and names that would start with a
/// digit, a number or a combining mark get a leading underscore; keywords get backquotes.
public enum SwiftIdentifier {
    /// `imageName` for a property or case.
    public static func lowerCamel(_ wireName: String) -> String {
        let words = self.words(wireName)
        guard let first = words.first else { return escaped("_") }
        let head = lowercasedLeadingWord(first)
        let rest = words.dropFirst().map(capitalisedWord)
        return escaped(grammatical(head + rest.joined()))
    }

    /// `ImageName` for a type.
    public static func upperCamel(_ wireName: String) -> String {
        let joined = words(wireName).map(capitalisedWord).joined()
        return escaped(grammatical(joined))
    }

    /// The identifier without backquotes, for composing further names.
    public static func bare(_ identifier: String) -> String {
        identifier.hasPrefix("`") ? String(identifier.dropFirst().dropLast()) : identifier
    }

    static func words(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(name) }
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber, character.isASCII || character.isLetter else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if let last = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (last.isLowercase || last.isNumber) && character.isUppercase
                let acronymEnd = last.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { word in word.contains { $0.isLetter || $0.isNumber } }
    }

    /// ``words(_:)`` for ASCII names (nearly all of them), on bytes: the same splits without Unicode
    /// property look-ups.
    private static func asciiWords(_ name: String) -> [String] {
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        let bytes = Array(name.utf8)
        var words: [String] = []
        var start: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                if let first = start { words.append(String(decoding: bytes[first..<index], as: UTF8.self)) }
                start = nil
                continue
            }
            if let first = start, index > first {
                let last = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                let lowerToUpper = (isLower(last) || isDigit(last)) && isUpper(byte)
                let acronymEnd = isUpper(last) && isUpper(byte) && next.map(isLower) == true
                if lowerToUpper || acronymEnd {
                    words.append(String(decoding: bytes[first..<index], as: UTF8.self))
                    start = index
                }
            }
            if start == nil { start = index }
        }
        if let first = start { words.append(String(decoding: bytes[first...], as: UTF8.self)) }
        return words
    }

    private static func lowercasedLeadingWord(_ word: String) -> String {
        word.lowercased()
    }

    /// The word with its first character upper-cased: `get` → `Get`, `iPv6` → `IPv6`.
    static func capitalisedWord(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The identifier with every scalar ``IdentifierGrammar/isWanted(_:)`` refuses dropped, and a leading
    /// underscore when it would start with a number (`1stPlace` → `_1stPlace`) or anything else that cannot
    /// start an identifier (a combining mark); `_` when nothing is left.
    private static func grammatical(_ identifier: String) -> String {
        var scalars = identifier.unicodeScalars
        if !scalars.allSatisfy(IdentifierGrammar.isWanted) {
            scalars = String.UnicodeScalarView(scalars.filter(IdentifierGrammar.isWanted))
        }
        guard let first = scalars.first else { return "_" }
        let text = String(scalars)
        guard text.first?.isNumber == true || !IdentifierGrammar.isHead(first) else { return text }
        return "_" + text
    }

    /// Backquotes a keyword; the few names backquotes cannot rescue get a trailing underscore.
    static func escaped(_ identifier: String) -> String {
        if unescapable.contains(identifier) { return identifier + "_" }
        return keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    static let unescapable: Set<String> = ["self", "Self", "Type", "Protocol", "init", "_"]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "inout", "internal",
        "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as",
        "await", "false", "is", "nil", "super", "throws", "true", "try", "async", "some", "any", "package", "consume",
        "copy", "borrowing", "consuming", "each", "macro",
    ]
}
