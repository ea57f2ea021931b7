import Testing

@testable import SpecReaders

/// Sentences are put into the spelling the rule patterns expect, byte for byte.
@Suite("Rule text")
struct RuleTextTests {
    @Test("backquotes, bold, dashes, tildes and parentheses are respelled; white space folds")
    func respelled() {
        #expect(RuleText.normalise("长度为 `2`～**128**  个字符 (含)") == "长度为 2~128 个字符 （含）")
        #expect(RuleText.normalise("a — b – c 〜 d\\_e") == "a - b - c ~ d_e")
    }

    @Test("U+1FEF, canonically equivalent to the backquote, is not taken for one")
    func greekVaria() {
        #expect(RuleText.normalise("x\u{1FEF}y") == "x\u{1FEF}y")
    }
}
