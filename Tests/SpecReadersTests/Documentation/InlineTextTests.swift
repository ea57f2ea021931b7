import Testing

@testable import SpecReaders

@Suite("Folding white space")
struct InlineTextTests {
    /// Scalars around which character boundaries are not scalar boundaries, and ordinary ones.
    static let tricky: [String] = [
        "a", "Z", "1", ".", "中", "。", "，", "ー", "ａ", "é", "—", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{600}",
        "\u{1F3FB}", "\u{1F600}", "\u{1100}", "\u{1161}", "\u{AC00}", "\u{3099}", "\u{302A}", "\u{93F}", "\u{0}",
        "\u{AD}", "\u{200B}", "\u{1F1EF}", "\u{1F1F5}", "\r", "\n", "\r\n",
    ]
    static let whitespace = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)

    @Test("the white-space scalars are exactly Unicode's White_Space property")
    func whitespaceScalars() {
        let listed = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(InlineText.isWhitespace)
        #expect(listed == Self.whitespace)
    }

    @Test("a character is white space exactly when its first scalar is")
    func characterWhitespace() {
        for space in Self.whitespace {
            for other in Self.tricky {
                let pair = String(space) + other
                for character in pair {
                    #expect(character.isWhitespace == InlineText.isWhitespace(character.unicodeScalars.first!))
                }
            }
        }
    }

    @Test("scalars said to stand alone never share a character with white space on either side")
    func standAloneScalars() {
        let standing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(InlineText.standsAlone)
        var joined: [String] = []
        for scalar in standing where !scalar.properties.isWhitespace {
            for space in Self.whitespace {
                if (String(space) + String(scalar)).count != 2 { joined.append("\(scalar.value) after \(space.value)") }
                if (String(scalar) + String(space)).count != 2 {
                    joined.append("\(scalar.value) before \(space.value)")
                }
            }
        }
        #expect(standing.count > 28_000)
        #expect(joined.isEmpty)
    }

    @Test("the scalar walk gives what the character walk gives, for every pair and triple of tricky pieces")
    func sameAsCharacters() {
        let pieces = Self.tricky + Self.whitespace.map { String($0) } + ["  ", " a b ", "中 文", "\u{3000}x"]
        for first in pieces {
            for second in pieces {
                for third in ["", " ", "x", "\u{301}", "\u{3000}"] {
                    let text = first + second + third
                    #expect(
                        InlineText.fold(text) == InlineText.foldedByCharacters(text),
                        "\(text.unicodeScalars.map(\.value))")
                    let padded = " " + text + " "
                    #expect(InlineText.fold(padded[...]) == InlineText.foldedByCharacters(padded[...]))
                }
            }
        }
    }

    @Test("runs fold to one space, the ends are trimmed, and a combining mark on a space goes with it")
    func examples() {
        #expect(InlineText.fold("  a \t\n b\u{3000}\u{A0}c  ") == "a b c")
        #expect(InlineText.fold("实例 ID。\r\n取值：") == "实例 ID。 取值：")
        #expect(InlineText.fold("a \u{301}b") == "a b")
        #expect(InlineText.foldedByScalars("a \u{301}b") == nil, "a mark after a space takes the character walk")
        #expect(InlineText.fold("") == "")
        #expect(InlineText.fold(" \n ") == "")
    }
}
