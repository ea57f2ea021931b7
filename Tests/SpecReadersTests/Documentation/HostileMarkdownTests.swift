import Testing

@testable import SpecReaders

/// Descriptions built to hurt: each is read in one linear pass, with constant stack.
@Suite("Markdown under hostile input")
struct HostileMarkdownTests {
    @Test("300 KB of unmatched brackets and parentheses render as themselves", .timeLimit(.minutes(1)))
    func unmatchedBrackets() {
        let text = String(repeating: "[x](", count: 75_000)
        #expect(InlineMarkdown.render(text) == text)
        let opens = String(repeating: "[", count: 300_000)
        #expect(InlineMarkdown.render(opens) == opens)
    }

    @Test("links nested 100,000 deep render their innermost text, without recursion", .timeLimit(.minutes(1)))
    func deeplyNestedLinks() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + "deep" + String(repeating: "](t)", count: depth)
        #expect(InlineMarkdown.render(text) == "deep")
    }

    @Test("link text reads as before: trimmed, nested, escaped, with images' alt text")
    func linkSemantics() {
        #expect(InlineMarkdown.render("调用[DescribeDedicatedHosts ](~~134242~~)查询") == "调用DescribeDedicatedHosts查询")
        #expect(InlineMarkdown.render("see [a [b](c) d](e) and ![alt](img.png)") == "see a b d and alt")
        #expect(InlineMarkdown.render("[a (b](c) **bold** `co*de` \\*x") == "a (b bold `co*de` *x")
        #expect(InlineMarkdown.render("[label] (not a link)") == "[label] (not a link)")
    }

    @Test("a list item of 100,000 continuation lines is one item, read once", .timeLimit(.minutes(1)))
    func longListItem() {
        let markdown = "- start\n" + String(repeating: "  more\n", count: 100_000)
        let blocks = MarkdownBlocks.parse(markdown)
        #expect(blocks.count == 1)
        guard case .listItem(let text, depth: 0)? = blocks.first else {
            Issue.record("expected one list item, got \(blocks.prefix(2))")
            return
        }
        #expect(text.hasPrefix("start more more"))
        #expect(text.count == "start".count + 100_000 * " more".count)
    }
}
