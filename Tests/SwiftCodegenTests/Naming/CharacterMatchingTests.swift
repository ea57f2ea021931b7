import SwiftSourceText
import Testing

/// The readers' character comparisons give what `==` gives, without its normalising.
@Suite("Character matching")
struct CharacterMatchingTests {
    static let ascii = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    @Test("asciiEquivalent is the ASCII character == finds equal, for every scalar of the BMP and for clusters")
    func asciiEquivalent() {
        var differing: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            let expected = Self.ascii.firstIndex(of: character).map(UInt8.init)
            if character.asciiEquivalent != expected { differing.append(String(value, radix: 16)) }
        }
        #expect(differing.isEmpty)
        for cluster: Character in ["\r\n", "a\u{301}", ";\u{301}", "\u{1FEF}\u{301}", "🇨🇳", "e\u{301}"] {
            #expect(cluster.asciiEquivalent == Self.ascii.firstIndex(of: cluster).map(UInt8.init))
        }
        #expect(Character("\u{37E}").asciiEquivalent == UInt8(ascii: ";"))
        #expect(Character("\u{212A}").asciiEquivalent == UInt8(ascii: "K"))
    }

    @Test("isOnly is == for the full-width punctuation the sentence splitter looks for")
    func isOnly() {
        for target: Unicode.Scalar in ["。", "；"] {
            for value in UInt32(0)...0xFFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                #expect(character.isOnly(target) == (character == Character(target)))
            }
            let extended = Character("\(target)\u{301}")
            #expect(extended.isOnly(target) == (extended == Character(target)))
        }
    }
}
