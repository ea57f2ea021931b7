import SpecIR
import Testing

@testable import SpecReaders

/// Each phrasing, in zh-CN and en, becomes the rule it states.
@Suite("Prose phrasings")
struct ProsePhrasingTests {
    /// The constraints a string field with this description gets.
    static func rules(_ description: String, type: FieldType = .string, example: String? = nil) -> [ConstraintRule] {
        let field = Field(
            name: "Name", type: type, description: DescriptionFacts(markdown: description).text, example: example,
            source: SourceLocation(file: "t", line: 1))
        let operation = OperationSpec(name: "Op", parameters: [field], source: SourceLocation(file: "t", line: 1))
        var resolver = OperationConstraints(operation: operation)
        return resolver.resolve().parameters[0].constraints.map(\.rule)
    }

    @Test(
        "lengths",
        arguments: [
            ("长度为2~128个字符。", ConstraintRule.length(min: 2, max: 128)),
            ("长度为 2～128 个字符。", .length(min: 2, max: 128)),
            ("长度为2-256个英文或中文字符。", .length(min: 2, max: 256)),
            ("长度为8至30个字符。", .length(min: 8, max: 30)),
            ("不超过 64 个字符。", .length(min: nil, max: 64)),
            ("最多支持128个字符。", .length(min: nil, max: 128)),
            ("长度不得超过 254 个字符。", .length(min: nil, max: 254)),
            ("The name must be 2 to 128 characters in length.", .length(min: 2, max: 128)),
            ("It can be up to 64 characters in length.", .length(min: nil, max: 64)),
            ("The value is 0-255 characters long.", .length(min: 0, max: 255)),
            ("It cannot exceed 256 characters.", .length(min: nil, max: 256)),
        ])
    func lengths(sentence: String, rule: ConstraintRule) {
        #expect(Self.rules(sentence) == [rule])
    }

    @Test("non-empty and a maximum merge into one length")
    func merged() {
        #expect(Self.rules("一旦传入该值，则不允许为空字符串。最多支持128个字符。") == [.length(min: 1, max: 128)])
        #expect(
            Self.rules("The tag key cannot be an empty string. It can be up to 128 characters in length.") == [
                .length(min: 1, max: 128)
            ])
    }

    @Test(
        "first character",
        arguments: [
            ("必须以大小写字母或中文开头。", [CharacterClass.letter, .chinese]),
            ("必须以大小字母或中文开头。", [.letter, .chinese]),
            ("且必须以字母开头。", [.letter]),
            ("It must start with a letter or a Chinese character.", [.letter, .chinese]),
            ("The name must begin with an uppercase or lowercase letter.", [.letter]),
        ])
    func firstCharacter(sentence: String, classes: [CharacterClass]) {
        #expect(Self.rules(sentence) == [.firstCharacter(classes)])
    }

    @Test(
        "forbidden prefixes and substrings, with and without backquotes and spaces",
        arguments: [
            ("不能以 aliyun 或 acs: 开头。", ConstraintRule.forbiddenPrefixes(["aliyun", "acs:"])),
            ("不能以`aliyun`和`acs:`开头。", .forbiddenPrefixes(["aliyun", "acs:"])),
            ("不能以http://或https://开头。", .forbiddenPrefixes(["http://", "https://"])),
            ("不能以 http:// 和 https:// 开头。", .forbiddenPrefixes(["http://", "https://"])),
            ("不能以正斜线（/）或者反斜线（\\）开头。", .forbiddenPrefixes(["/", "\\"])),
            ("不能包含http://或者https://。", .forbiddenSubstrings(["http://", "https://"])),
            ("不能包含 `http://` 或 `https://`。", .forbiddenSubstrings(["http://", "https://"])),
            ("It cannot start with `acs:` or `aliyun`.", .forbiddenPrefixes(["acs:", "aliyun"])),
            ("It cannot contain http:// or https://.", .forbiddenSubstrings(["http://", "https://"])),
        ])
    func prefixesAndSubstrings(sentence: String, rule: ConstraintRule) {
        #expect(Self.rules(sentence) == [rule])
    }

    @Test("look-alikes are not substrings rules")
    func lookAlikes() {
        #expect(Self.rules("不能同时包含普通安全组和企业安全组。").isEmpty)
        #expect(Self.rules("不能以斜线号（/）为密码首字符。").isEmpty)
    }

    @Test(
        "allowed characters, full-width or ASCII parentheses, with first-character classes implied",
        arguments: [
            (
                "可以包含数字、半角句号（.）、半角冒号（:）、下划线（_）或者短划线（-）。",
                ConstraintRule.allowedCharacters(classes: [.digit], characters: ".:_-")
            ),
            (
                "可以包含数字、半角句号(.)、半角冒号(:)、下划线(_)或者短划线(-)。",
                .allowedCharacters(classes: [.digit], characters: ".:_-")
            ),
            (
                "It can contain digits, periods (.), colons (:), underscores (_), and hyphens (-).",
                .allowedCharacters(classes: [.digit], characters: ".:_-")
            ),
            ("ClientToken只支持ASCII字符。", .allowedCharacters(classes: [.ascii], characters: "")),
            // STS AssumeRole's RoleSessionName: the list went on past 英文 (a shorter alternative matched
            // first and ended it at 字母), and the code-quoted special characters were dropped, so a valid
            // session name such as "from-ini" was refused before sending.
            (
                "可包含英文字母、数字和特殊字符`.@-_`。",
                .allowedCharacters(classes: [.letter, .digit], characters: ".@-_")
            ),
            (
                "可包含英文字母、数字和特殊字符`=,.@:/-_`。",
                .allowedCharacters(classes: [.letter, .digit], characters: "=,.@:/-_")
            ),
            (
                "支持Unicode中letter分类下的字符（其中包括英文、中文和数字等）。",
                .allowedCharacters(classes: [.unicodeLetter, .digit], characters: "")
            ),
        ])
    func allowedCharacters(sentence: String, rule: ConstraintRule) {
        #expect(Self.rules(sentence) == [rule])
    }

    @Test("the first-character classes are allowed everywhere")
    func implied() {
        #expect(
            Self.rules("必须以大小写字母或中文开头。可以包含数字和下划线（_）。") == [
                .firstCharacter([.letter, .chinese]),
                .allowedCharacters(classes: [.letter, .chinese, .digit], characters: "_"),
            ])
    }

    @Test(
        "numeric ranges",
        arguments: [
            ("取值范围：1~100。", ConstraintRule.range(min: "1", max: "100")),
            ("取值范围：1～100。", .range(min: "1", max: "100")),
            ("取值范围为 0~65535。", .range(min: "0", max: "65535")),
            ("最大值：100。", .range(min: nil, max: "100")),
            ("最小值为10。", .range(min: "10", max: nil)),
            ("取值范围：大于等于2。", .range(min: "2", max: nil)),
            ("取值范围：大于0。", .range(min: "1", max: nil)),
            // No arithmetic on input may trap: Int.max + 1, and a bound no integer type holds.
            ("取值范围大于9223372036854775807。", .range(min: "9223372036854775808", max: nil)),
            ("取值范围：大于99999999999999999999999。", .range(min: "100000000000000000000000", max: nil)),
            ("取值范围：正整数。", .range(min: "1", max: nil)),
            ("Valid values: 1 to 100.", .range(min: "1", max: "100")),
            ("Maximum value: 50.", .range(min: nil, max: "50")),
        ])
    func ranges(sentence: String, rule: ConstraintRule) {
        #expect(Self.rules(sentence, type: .integer) == [rule])
    }

    @Test("a range on a string field needs a numeric example")
    func rangeOnString() {
        #expect(Self.rules("取值范围：1~100。", type: .string, example: "1") == [.range(min: "1", max: "100")])
        #expect(Self.rules("取值范围：1~100。", type: .string, example: "1/200").isEmpty)
    }

    @Test(
        "list sizes",
        arguments: [
            ("N的取值范围：1~20。", ConstraintRule.count(min: nil, max: 20)),
            ("N 的取值范围为 1～16。", .count(min: nil, max: 16)),
            ("最多支持 20 个。", .count(min: nil, max: 20)),
            ("可输入最多100个事件ID。", .count(min: nil, max: 100)),
            ("Valid values of N: 1 to 20.", .count(min: nil, max: 20)),
            ("You can specify up to 10 tags.", .count(min: nil, max: 10)),
        ])
    func counts(sentence: String, rule: ConstraintRule) {
        #expect(Self.rules(sentence, type: .array) == [rule])
    }

    @Test("inline and single values")
    func inlineValues() {
        #expect(Self.rules("取值范围：1、2、3、12。", type: .integer) == [.allowedValues(["1", "2", "3", "12"])])
        #expect(Self.rules("取值：vTPM。") == [.allowedValues(["vTPM"])])
    }

    @Test(
        "conditions, quotas, other parameters and results stay prose",
        arguments: [
            "当InstanceChargeType取值为PrePaid时，取值范围：1~9。",
            "Windows实例：长度为2~15个字符。",
            "取值范围：0~min{50000, 1000*容量-基准性能}。",
            "N的取值范围与实例能够加入安全组配额有关。",
            "使用一个标签过滤资源，查询到该标签下的资源数量不能超过1000个。",
            "If you set Period, the valid values are 1 to 9.",
        ])
    func prose(sentence: String) {
        #expect(Self.rules(sentence, type: .integer).isEmpty)
        #expect(Self.rules(sentence, type: .string).isEmpty)
    }

    @Test("a rule the documented example breaks is kept but not enforced")
    func exampleBreaksRule() throws {
        let field = Field(
            name: "InstanceName", type: .string, description: "可以包含数字和短划线（-）。", example: "k8s-node-[1,4]-x",
            source: SourceLocation(file: "t", line: 3))
        var resolver = OperationConstraints(
            operation: OperationSpec(name: "Op", parameters: [field], source: SourceLocation(file: "t", line: 1)))
        let constraint = try #require(resolver.resolve().parameters[0].constraints.first)
        #expect(!constraint.enforced)
        #expect(constraint.note?.contains("k8s-node-[1,4]-x") == true)
        #expect(resolver.diagnostics.count == 1)
    }
}
