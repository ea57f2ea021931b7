import Foundation
import Testing

@testable import PatternMatching

/// The linear matcher against ICU (`NSRegularExpression`, what validators ran before): the same answer on every
/// pattern of the corpus and on random patterns, and linear time on patterns that make ICU backtrack for ever.
@Suite("LinearPattern matches as ICU does, in linear time")
struct LinearPatternTests {
    /// Every distinct non-empty `pattern` of the api-docs corpus (2024 and 2025-12 snapshots).
    static let corpusPatterns = [
        #"^\d+$"#, #"^[0-9a-zA-Z_-]+$"#, #"^[a-zA-Z_][a-zA-Z0-9_]{1,39}$"#, #"^([^\x00-\xff]|[\w.,;/@\n-])+$"#,
        #"^[\w.-]+$"#, #"^[0-9a-zA-Z][0-9a-zA-Z-_]{0,126}[0-9a-zA-Z]$"#, #"^[^#]+$"#, #"^[A-Z0-9]+$"#, #"^[0-9]*$"#,
        #"^[\d.]+$"#, #"^([0-9a-fA-f]{2}){1,15}$"#,
        #"((25[0-5]|2[0-4]\d|((1\d{2})|([1-9]?\d)))\.){3}(25[0-5]|2[0-4]\d|((1\d{2})|([1-9]?\d)))"#,
        #"^\d{4}(-\d{2}){2}\s+\d{2}(:\d{2}){2}$"#, #"^[a-zA-Z0-9_-]{1,64}$"#,
        #"^[0-9a-zA-Z][0-9a-zA-Z_-]{0,126}[0-9a-zA-Z]$"#,
        #"^(/|(/\.{3,}|/\.*[-\w]+[-.\w]*)+/?)$"#, #"^[a-zA-Z_][a-zA-Z0-9_]*$"#, #"^[0-9\.]*$"#,
        #"^0[xX][0-9a-fA-F]{6}$"#,
        #"^[a-zA-Z0-9/\.\-]{1,80}$"#, #"^[/][a-zA-Z0-9/\.\-%?#&]{1,80}$"#, #"^[a-zA-z0-9]{1,200}$"#,
        #"^[^';<>=|\(\)]+$"#, #"^ElasticSearch$"#, #"^ADB$"#, #"\^(\d{0,3}\.){3}\d{0,3}$"#, #".*\{index\}.*"#,
        #"^[\d._-]+$"#, #"^(\d{1,3}\.){3}\d{1,3}$"#, #"^(\d{0,3}\.){3}\d{0,3}$"#,
    ]

    /// Texts that reach the corpus patterns' interesting cases, and the awkward scalars.
    static let samples = [
        "", "a", "0", "123", "12a", "abc_DEF-1", "a.b-c", "192.168.0.1", "256.1.1.1", "1.2.3", "^1.2.3.4", "10.0.0.255",
        "2024-01-01 10:00:00", "2024-01-01\t10:00:00", "0xABCDEF", "0Xabcdeg", "deadBEEF", "abcdeF", "/", "/a/b/",
        "/.../x", "//", "ElasticSearch", "ElasticSearch\n", "ADB\r\n", "ADB\n\n", "x{index}y", "名前", "a名", "é",
        "e\u{301}", "😀", "a\u{2028}", "a\u{85}", "a\u{0B}", "a\u{0C}", "a\r", "a#b", "a;b", "a b", "_", "-", "Ⅷ", "٣",
        "\u{200C}", "\u{A0}", "\u{1680}", "a@b.c,d;e/f\ng-h",
    ]

    static let alphabet: [Character] = [
        "a", "b", "z", "A", "Z", "0", "1", "5", "9", ".", "-", "_", "/", "#", ":", " ", "\n", "\r", "\t", "^", "{", "}",
        "é", "名", "😀", "\u{301}", "\u{85}", "\u{2028}", "\u{0B}", "٣", "@", ",",
    ]

    static func icu(_ pattern: String, _ text: String) -> Bool? {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func randomText(_ random: inout SeededGenerator) -> String {
        String((0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
    }

    @Test(
        "every corpus pattern compiles and answers as ICU on curated and 2,000 random texts", arguments: corpusPatterns)
    func corpus(pattern: String) throws {
        let linear = try LinearPattern(pattern)
        var random = SeededGenerator(seed: UInt64(pattern.utf8.count) &* 7919)
        for text in Self.samples + (0..<2_000).map({ _ in Self.randomText(&random) }) {
            #expect(linear.matches(in: text) == Self.icu(pattern, text), "\(pattern) on \(text.debugDescription)")
        }
    }

    @Test("3,000 random patterns over a small syntax answer as ICU on random texts")
    func randomPatterns() throws {
        var random = SeededGenerator(seed: 0x5EED)
        var compared = 0
        for _ in 0..<3_000 {
            let pattern = RandomPattern.make(&random)
            guard let linear = try? LinearPattern(pattern) else {
                Issue.record("the generator's pattern \(pattern) did not compile")
                continue
            }
            for _ in 0..<20 {
                let text = String(
                    (0..<Int.random(in: 0...8, using: &random)).map { _ in
                        ["a", "b", "1", "\n", "-"].randomElement(using: &random) ?? "a"
                    })
                guard let expected = Self.icu(pattern, text) else { continue }
                #expect(linear.matches(in: text) == expected, "\(pattern) on \(text.debugDescription)")
                compared += 1
            }
        }
        #expect(compared > 50_000)
    }

    @Test(
        "patterns that make ICU backtrack exponentially are matched in one pass",
        arguments: [#"^(a+)+$"#, #"^(a|aa)+$"#, #"^(a|a?)+b$"#, #"^(\w+\s?)*$"#, #"a*a*a*a*a*b"#])
    func hostile(pattern: String) throws {
        let linear = try LinearPattern(pattern)
        let text = String(repeating: "a", count: 20_000) + "!"
        #expect(!linear.matches(in: text))
        let short = String(repeating: "a", count: 12) + "b"
        #expect(linear.matches(in: short) == Self.icu(pattern, short))
    }

    @Test(
        "syntax the engine does not run is refused, never guessed at",
        arguments: [
            #"^(a)\1$"#, #"(?=a)b"#, #"(?!a)b"#, #"(?<=a)b"#, #"(?i)abc"#, #"a++"#, #"\bword\b"#, #"\p{L}+"#,
            #"[[a-z]&&[^x]]"#, #"[a-z&&[^x]]"#, #"a{,3}"#, #"a{x"#, #"*a"#, #"(ab"#, #"ab)"#, #"[ab"#, #"\"#, #"\7"#,
            #"^*"#, #"a{5,2}"#, #"[z-a]"#,
        ])
    func refused(pattern: String) {
        #expect(throws: PatternError.self) { try LinearPattern(pattern) }
    }

    @Test("any text as a pattern compiles or is refused, and a compiled one matches any text, never trapping")
    func anyText() {
        var random = SeededGenerator(seed: 0xF022)
        let pieces: [String] = [
            "(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", "\\", ".", "-", ",", "0", "9", "a", "d", "w",
            "s", "x", "u", "k", "p", "Q", "E", ":", "<", ">", "=", "!", "&", "{1,2}", "{99999999999999999999}",
            "\\x{110000}", "\\uD800", "[^", "(?:", "(?<n>", "é", "\u{301}", "😀",
        ]
        for _ in 0..<20_000 {
            let pattern = (0..<Int.random(in: 0...16, using: &random)).map { _ in
                pieces.randomElement(using: &random) ?? ""
            }.joined()
            guard let linear = try? LinearPattern(pattern) else { continue }
            _ = linear.matches(in: RandomPattern.make(&random))
        }
        let deep = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
        #expect(throws: PatternError.self) { try LinearPattern(deep) }
        #expect(throws: Never.self) {
            try LinearPattern(String(repeating: "(", count: 64) + "a" + String(repeating: ")", count: 64))
        }
    }

    @Test("a pattern whose counts multiply past the program limit is refused as too large")
    func tooLarge() {
        #expect(throws: PatternError.tooLarge(LinearPattern.maximumProgramSize)) {
            try LinearPattern("(a{1,1000}){1,1000}")
        }
        #expect(throws: Never.self) { try LinearPattern("(a{1,3}){1,3}") }
    }
}

/// Random patterns over a, b, 1, `-` and newline: literals, `.`, classes, `\d \w \s`, groups, alternation,
/// quantifiers (greedy and lazy) and anchors. Inside a group every atom must consume something (no `*`, `?` or
/// anchors there), so no quantified group can match the empty text: on such loops ICU stops an iteration that
/// matched nothing and may then miss a match that exists (`(?:\w*?|$a)*?.+?` finds none in "\na"), where the
/// linear engine finds it — it accepts more, the side that never blocks a valid call.
enum RandomPattern {
    static func make(_ random: inout SeededGenerator, depth: Int = 0) -> String {
        let count = Int.random(in: 1...3, using: &random)
        var branches: [String] = []
        for _ in 0..<(Int.random(in: 0...3, using: &random) == 0 ? 2 : 1) {
            branches.append((0..<count).map { _ in quantified(&random, depth: depth) }.joined())
        }
        return branches.joined(separator: "|")
    }

    static func quantified(_ random: inout SeededGenerator, depth: Int) -> String {
        let atom = self.atom(&random, depth: depth)
        if atom == "^" || atom == "$" { return atom }
        let consuming = ["", "", "", "+", "{2}", "{1,2}", "+?"]
        let any = consuming + ["*", "?", "{0,}", "*?"]
        return atom + ((depth == 0 ? any : consuming).randomElement(using: &random) ?? "")
    }

    static func atom(_ random: inout SeededGenerator, depth: Int) -> String {
        let atoms = ["a", "b", "1", "-", ".", "[ab]", "[^a]", "[a-]", "[\\d-]", "\\d", "\\w", "\\s", "\\D", "\\n"]
        if depth < 2, Int.random(in: 0...4, using: &random) == 0 {
            return (Bool.random(using: &random) ? "(" : "(?:") + make(&random, depth: depth + 1) + ")"
        }
        if depth == 0, Int.random(in: 0...8, using: &random) == 0 { return Bool.random(using: &random) ? "^" : "$" }
        return atoms.randomElement(using: &random) ?? "a"
    }
}

/// SplitMix64: the same texts on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
