import SpecIR
import Testing

@testable import SpecReaders

@Suite("Allowed values and defaults")
struct AllowedValueExtractorTests {
    func values(_ markdown: String) -> [AllowedValue] {
        DescriptionFacts(markdown: markdown).allowedValues
    }

    @Test("a list after an introducing sentence gives values with descriptions")
    func introduced() {
        #expect(
            values("取值范围：\n\n- BIOS：BIOS启动模式。\n- UEFI-Preferred：双启动模式。") == [
                AllowedValue(value: "BIOS", description: "BIOS启动模式。"),
                AllowedValue(value: "UEFI-Preferred", description: "双启动模式。"),
            ])
        #expect(
            values("Valid values:\n\n- supported: The image supports NVMe.\n- `v2`") == [
                AllowedValue(value: "supported", description: "The image supports NVMe."),
                AllowedValue(value: "v2", description: ""),
            ])
        #expect(values("当前仅支持BYOL。\n\n- BYOL：自带许可证。").map(\.value) == ["BYOL"])
    }

    @Test("lists without an introducer, lists of sentences and notes give nothing")
    func notValues() {
        #expect(values("说明如下：\n\n- BIOS：BIOS启动模式。").isEmpty)
        #expect(values("取值范围：\n\n- 其他云盘（例如SSD云盘）：/dev/vda~/dev/vdz。\n- 普通云盘：/dev/xvda~/dev/xvdz。").isEmpty)
        #expect(values("取值范围：\n\n> - A：不是值").isEmpty)
    }

    @Test("a value listed twice keeps its first place and first description")
    func duplicates() {
        #expect(
            values("取值范围：\n\n- BIOS：BIOS启动模式。\n\n枚举值：\n\n- BIOS：BIOS\n- UEFI：UEFI") == [
                AllowedValue(value: "BIOS", description: "BIOS启动模式。"),
                AllowedValue(value: "UEFI", description: "UEFI"),
            ])
    }

    @Test("nested items under a value do not break the list")
    func nested() {
        #expect(values("可能值：\n\n- system：系统盘。\n    - 细节。\n- data：数据盘。").map(\.value) == ["system", "data"])
    }

    @Test(
        "defaults",
        arguments: [
            ("默认值：空，表示保持原有名称不变。", ""),
            ("默认值:空。", ""),
            ("默认值：100。", "100"),
            ("默认值为 `true`。", "true"),
            ("Default value: unsupported.", "unsupported"),
            ("Default value: empty, which means the name is retained.", ""),
        ])
    func defaults(sentence: String, value: String) {
        #expect(DescriptionFacts(markdown: sentence).defaultValue == value)
    }

    @Test("a default that is a sentence is not taken")
    func defaultSentence() {
        #expect(DescriptionFacts(markdown: "默认值：与实例所在地域相同。").defaultValue == nil)
        #expect(DescriptionFacts(markdown: "没有默认。").defaultValue == nil)
    }
}
