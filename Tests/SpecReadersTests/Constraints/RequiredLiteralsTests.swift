import Foundation
import SpecIR
import Testing

@testable import SpecReaders

/// The literals read from a rule pattern, and the byte search that skips the pattern when none is present.
@Suite("Required literals")
struct RequiredLiteralsTests {
    private func needles(_ pattern: String, caseInsensitive: Bool = false) -> [String]? {
        RequiredLiterals(pattern: pattern, caseInsensitive: caseInsensitive)?.needles.map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test("a run of literal characters is required; optional parts are not")
    func runs() {
        #expect(needles(#"(?:字符)?长度(?:为|是)?\s*(\d+)"#) == ["长度"])
        #expect(needles(#"x{0,3}yz"#) == ["yz"])
        #expect(needles(#"ab+c"#) == ["ab"])
        #expect(needles(#"a?b*"#) == nil)
        #expect(needles(#"\d+\s*[a-z]."#) == nil)
    }

    @Test("a required group gives its alternatives; the strongest requirement of a sequence wins")
    func groups() {
        #expect(needles(#"(?:最多支持|最多|不超过)\s*(\d+)\s*个?字符"#) == ["字符"])
        #expect(needles(#"(?:不能|不可)包含"#) == ["包含"])
        #expect(needles(#"(?:alpha|beta)\d"#) == ["alpha", "beta"])
        #expect(needles(#"(?:alpha|beta)?\d"#) == nil)
        #expect(needles(#"(?<name>abc)"#) == ["abc"])
    }

    @Test("an alternation needs a literal in every alternative")
    func alternation() {
        #expect(needles(#"配额|quota"#) == ["配额", "quota"])
        #expect(needles(#"配额|\d+"#) == nil)
        #expect(needles(#"(?:a|)b"#) == ["b"])
    }

    @Test("anchors, word boundaries and lookarounds take no characters and keep a run whole")
    func zeroWidth() {
        #expect(needles(#"^(?:if|when)\b"#) == ["if", "when"])
        #expect(needles(#"(?<![Nn]的)取值范围"#) == ["取值范围"])
        #expect(needles(#"ab(?!c)de"#) == ["abde"])
    }

    @Test("escaped punctuation is literal; escapes of several characters end a run")
    func escapes() {
        #expect(needles(#"max\{"#) == ["max{"])
        #expect(needles(#"ab\x21cdx"#) == ["cdx"])
        #expect(needles(#"abc\sxy"#) == ["abc"])
    }

    @Test("syntax it does not know gives no literals, so the pattern always runs")
    func unknownSyntax() {
        #expect(needles(#"(?i)abc"#) == nil)
        #expect(needles(#"(a)\1"#) == nil)
        #expect(needles(#"[[a-z]&&[b]]x"#) == nil)
        #expect(needles(#"abc)"#) == nil)
        #expect(needles(#"(abc"#) == nil)
    }

    @Test("without case: ASCII letters fold, a cased non-ASCII literal gives none")
    func caseFolding() throws {
        #expect(needles(#"\bat\s+least\s+(\d+)\s+Characters\b"#, caseInsensitive: true) == ["characters"])
        #expect(needles("Éclair", caseInsensitive: true) == nil)
        #expect(needles("配额", caseInsensitive: true) == ["配额"])
        let literals = try #require(RequiredLiterals(pattern: "characters", caseInsensitive: true))
        #expect(literals.mayMatch("at most 8 CHARACTERS"))
        #expect(!literals.mayMatch("长度为8"))
    }

    @Test("a text holding a character whose case folding is ASCII is always run, as ICU matches it")
    func foldingToASCII() throws {
        let pattern = RulePattern("characters", caseInsensitive: true)
        // ICU folds ſ (U+017F) to s and K (U+212A) to k; the byte search could not see either.
        for text in ["characterſ", "\u{212A}", "ﬁ", "Straße"] {
            #expect(pattern.literals?.mayMatch(text) == true)
        }
        #expect(pattern.matches("characterſ"))
        #expect(!RulePattern("characters").matches("characterſ"))
    }

    @Test("the catalogue's gate lets through a digit or a trigger word in any case, and nothing else")
    func catalogueGate() {
        #expect(ProseRuleCatalogue.mayMatch("长度为8"))
        #expect(ProseRuleCatalogue.mayMatch("MUST BEGIN WITH A LETTER"))
        #expect(ProseRuleCatalogue.mayMatch("must \u{17F}tart with a letter"))
        #expect(ProseRuleCatalogue.mayMatch("只能包含字母"))
        #expect(!ProseRuleCatalogue.mayMatch("实例的名称。"))
        #expect(!ProseRuleCatalogue.mayMatch("The name of the instance."))
    }

    /// Every pattern of the catalogue, and the rule-like test, against every sentence of the ECS metadata's
    /// parameter descriptions: wherever ICU finds a match, the literal search must have let the text through.
    @Test("no sentence of the ECS metadata that a pattern matches is skipped by its literals")
    func soundOnTheCorpus() throws {
        let service = try SpecReader.read(path: Paths.corpus).service
        var sentences = Set<String>()
        func collect(_ field: Field) {
            for sentence in RuleSentences.split(DescriptionText.parse(field.description)) {
                sentences.insert(sentence.normalised)
                sentences.insert(sentence.text)
            }
            field.children.forEach(collect)
            if let item = field.item { collect(item.value) }
        }
        service.operations.flatMap(\.parameters).forEach(collect)
        let patterns = ProseRuleCatalogue.all.map(\.pattern) + [SentenceContext.ruleLike]
        let filtered = patterns.filter { $0.literals != nil }
        #expect(filtered.count >= patterns.count * 3 / 4, "most patterns name a literal they need")
        var matched = 0
        for pattern in filtered {
            let regex = try NSRegularExpression(
                pattern: pattern.pattern, options: pattern.caseInsensitive ? [.caseInsensitive] : [])
            for sentence in sentences
            where regex.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil {
                matched += 1
                #expect(pattern.literals?.mayMatch(sentence) == true, "\(pattern.pattern) skipped: \(sentence)")
            }
        }
        #expect(matched > 1_000)
    }
}
