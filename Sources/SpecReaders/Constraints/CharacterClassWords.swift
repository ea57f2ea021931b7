import SpecIR

/// The words documentation uses for character classes, zh-CN and en.
enum CharacterClassWords {
    static let classes: [(word: String, classes: [CharacterClass])] = [
        ("大小写英文字母", [.letter]), ("大小写字母", [.letter]), ("大小字母", [.letter]), ("英文字母", [.letter]),
        ("大写字母", [.uppercaseLetter]), ("小写字母", [.lowercaseLetter]), ("字母", [.letter]), ("英文", [.letter]),
        ("中文", [.chinese]), ("汉字", [.chinese]), ("数字", [.digit]),
        ("uppercase letters", [.uppercaseLetter]), ("lowercase letters", [.lowercaseLetter]),
        ("uppercase or lowercase letters", [.letter]), ("letters", [.letter]), ("letter", [.letter]),
        ("chinese characters", [.chinese]), ("chinese character", [.chinese]), ("digits", [.digit]),
        ("digit", [.digit]), ("numbers", [.digit]),
    ]

    /// The classes a phrase names, or nil when it names none.
    static func classes(for phrase: String) -> [CharacterClass]? {
        var key = InlineText.fold(phrase).lowercased()
        for article in ["a ", "an "] where key.hasPrefix(article) { key.removeFirst(article.count) }
        return classes.first { $0.word == key }?.classes
    }

    /// The ASCII punctuation listed after 特殊字符, as in 特殊字符.@-_ (written 特殊字符`.@-_` before its code
    /// quotes were removed); nil for any other phrase.
    static func quotedCharacters(in phrase: String) -> String? {
        guard phrase.hasPrefix("特殊字符") else { return nil }
        let listed = phrase.dropFirst("特殊字符".count).drop(while: \.isWhitespace)
            .prefix { $0.isASCII && $0.isPunctuation || $0.isASCII && $0.isSymbol }
        return listed.isEmpty ? nil : String(listed)
    }

    /// The character inside a full-width parenthesis pair, as in 半角句号（.） or "periods (.)".
    static func namedCharacter(in phrase: String) -> Character? {
        guard let open = phrase.lastIndex(of: "（"), let close = phrase.lastIndex(of: "）"), open < close else {
            return nil
        }
        let inner = phrase[phrase.index(after: open)..<close]
        return inner.count == 1 ? inner.first : nil
    }
}
