import Testing

@testable import SwiftCodegen

@Suite("Markdown text")
struct MarkdownTextTests {
    @Test("inline syntax is escaped, line starts cannot happen, plain text stays plain")
    func text() {
        #expect(MarkdownText.text("镜像 2014-05-26 v1.0") == "镜像 2014-05-26 v1.0")
        #expect(MarkdownText.text("*a*_b_`c`[d](e)<f>!g&h;|i~j#") == ##"\*a\*\_b\_\`c\`\[d\](e)\<f\>\!g\&h;\|i\~j\#"##)
        #expect(MarkdownText.text("a\\b") == #"a\\b"#)
        #expect(MarkdownText.text("one\ntwo\r\n- three\u{2028}\tfour\u{7}") == "one two - three  four")
    }

    @Test("code voice outlasts any backtick run inside, pads edge backticks, escapes pipes")
    func code() {
        #expect(MarkdownText.code("cn-hangzhou") == "`cn-hangzhou`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`a``") == "``` `a`` ```")
        #expect(MarkdownText.code("a|b") == #"`a\|b`"#)
        #expect(MarkdownText.code("a\nb") == "`a b`")
        #expect(MarkdownText.code("") == "` `")
    }
}
