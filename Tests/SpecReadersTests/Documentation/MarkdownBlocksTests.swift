import Testing

@testable import SpecReaders

@Suite("Markdown descriptions")
struct MarkdownBlocksTests {
    @Test("paragraphs, lists, nested lists and notes")
    func blocks() {
        let markdown = """
            镜像状态，取值范围：

            - Deprecated：弃用。
            - Available：可用。
                - 嵌套项。
              续行。

            > 如果您需要回滚，
            > 请谨慎操作。

            默认值：空。
            """
        #expect(
            MarkdownBlocks.parse(markdown) == [
                .paragraph("镜像状态，取值范围："),
                .listItem("Deprecated：弃用。", depth: 0),
                .listItem("Available：可用。", depth: 0),
                .listItem("嵌套项。 续行。", depth: 1),
                .note("如果您需要回滚， 请谨慎操作。"),
                .paragraph("默认值：空。"),
            ])
    }

    @Test("numbered lists and props tags")
    func numbered() {
        let markdown = "<props=\"china\">\n\n1. 第一\n2) 第二\n\n</props>"
        #expect(MarkdownBlocks.parse(markdown) == [.listItem("第一", depth: 0), .listItem("第二", depth: 0)])
    }

    @Test("site variants: the China site's text stays, other sites' text goes")
    func siteVariants() {
        let markdown =
            "可用区。<props=\"china\">国内站说明。</props><props=\"intl\">International note.</props>\n\n<props=\"partner\">\n伙伴说明。\n</props>\n结尾。"
        #expect(MarkdownBlocks.parse(markdown) == [.paragraph("可用区。国内站说明。"), .paragraph("结尾。")])
        #expect(SiteVariants.select("a<props=\"intl\">b") == "a")
    }

    @Test("normalised text reads back into the same blocks")
    func roundTrip() {
        let blocks: [DocBlock] = [.paragraph("a"), .listItem("b：c", depth: 0), .listItem("d", depth: 1), .note("e")]
        #expect(DescriptionText.parse(DescriptionText.render(blocks)) == blocks)
    }

    @Test(
        "inline markup",
        arguments: [
            ("调用[DescribeRegions](~~25609~~)查看", "调用DescribeRegions查看"),
            ("**ClientToken**只支持ASCII字符", "ClientToken只支持ASCII字符"),
            ("不能以`aliyun`或`acs:`开头", "不能以`aliyun`或`acs:`开头"),
            ("m-bp18ygjuqnwhechc****", "m-bp18ygjuqnwhechc****"),
            ("a  \n b", "a b"),
            (#"1\*2"#, "1*2"),
            ("![图](http://x/y.png)说明", "图说明"),
            ("snake_case_name", "snake_case_name"),
        ])
    func inline(markdown: String, text: String) {
        #expect(InlineMarkdown.render(markdown) == text)
    }

    @Test("normalised text: one block per line")
    func text() {
        let blocks: [DocBlock] = [
            .paragraph("a"), .listItem("b", depth: 0), .listItem("c", depth: 1), .note("d"), .paragraph(""),
        ]
        #expect(DescriptionText.render(blocks) == "a\n- b\n  - c\n> d")
    }
}
