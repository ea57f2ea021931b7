/// Why a sentence that reads like a rule is not a rule about every value of its field.
///
/// Each check names a family of sentences that the survey of the ECS corpus found to look like
/// rules while stating something else; a sentence in one of them stays prose.
enum SentenceContext {
    private static let dropFamilies: [(reason: String, pattern: RulePattern)] = [
        (
            "applies only in some cases (a condition)",
            RulePattern(
                #"^(?:当|如果|若|对于|仅当|只有|在.{0,20}时)|时[，,：:]|[A-Za-z_.]+\s*=\s*[A-Za-z0-9_]+(?:时|[，,])|(?:Windows|Linux)(?: Server)?(?:实例|系统)|其他类型实例|^(?:if|when|for)\b|\bonly\s+if\b"#,
                caseInsensitive: true)
        ),
        (
            "depends on server state, quota or the instance type",
            RulePattern(
                #"配额|有关|库存|订阅时长|已使用|实例规格允许|取决于|DescribeAccountAttributes|保持一致|N的取值必须|提升配额|申请提升|配额中心|quota"#,
                caseInsensitive: true)
        ),
        (
            "depends on another parameter or an expression",
            RulePattern(#"max\{|min\{|的参数取值|的取值[，。,]|低于|小于等于[A-Z]|大于等于参数|小于[A-Z]"#, caseInsensitive: true)
        ),
        ("is about the keys of a map", RulePattern(#"Map的键|键不允许"#)),
    ]

    private static let proseFamilies: [(reason: String, pattern: RulePattern)] = [
        ("limits the result, not the request value", RulePattern(#"查询到|返回(?:结果|的|值)|资源数量不能超过|结果中|返回.{0,10}包含"#)),
        (
            "allows an empty value",
            RulePattern(#"(?:可以|允许)为空(?:字符串)?|can\s+be\s+(?:an\s+)?empty"#, caseInsensitive: true)
        ),
        (
            "limits a size in bytes, not a length in characters",
            RulePattern(#"\d+\s*(?:KB|KiB|MB|MiB|字节)|\d+\s*bytes\b"#, caseInsensitive: true)
        ),
        (
            "a time format or a limit in time",
            RulePattern(#"yyyy|THH|hh:mm|HH:mm|UTC|ISO\s*8601|当前时间|时间不能|天内|个月|小时|分钟|时间点"#)
        ),
        ("states a format, not a checked rule", RulePattern(#"格式为|格式[：:]|格式的|\bformat\b"#, caseInsensitive: true)),
        (
            "relates two or more parameters",
            RulePattern(#"至少(?:设置|填写|指定|传入)一|至少填写一|不能同时|同时指定|二选一|之一|必须和|必须与|与.{1,20}(?:相同|一致)"#)
        ),
        ("allows every character", RulePattern(#"支持全字符集|any\s+characters?"#, caseInsensitive: true)),
        ("refers to other documentation", RulePattern(#"请参见|参见|详见|\bsee\b"#, caseInsensitive: true)),
        ("states a unit", RulePattern(#"单位为|单位[：:]|单位是|\bunit\b"#, caseInsensitive: true)),
        ("names the value as a maximum or minimum of something", RulePattern(#"(?:最大值|最小值)(?:[，,。]|$)"#)),
        ("says what a boolean switch means", RulePattern(#"是否"#)),
        ("states a default that is not a literal value", RulePattern(#"^默认(?:值)?(?:为|是|[：:])"#)),
        (
            "mentions a default without giving a value",
            RulePattern(#"默认(?!值?\s*(?:[：:]|为|是))|by\s+default"#, caseInsensitive: true)
        ),
    ]

    /// Why a sentence with a rule match is not a rule for every value, or nil when it is one.
    static func dropReason(_ normalised: String) -> String? {
        dropFamilies.first { $0.pattern.matches(normalised) }?.reason
    }

    /// Which known family of non-rules a rule-like sentence without a match belongs to, if any.
    static func proseReason(_ normalised: String) -> String? {
        if let reason = dropReason(normalised) { return reason }
        return proseFamilies.first { $0.pattern.matches(normalised) }?.reason
    }

    /// Words that make a sentence look like a rule; the coverage report counts these sentences.
    static let ruleLike = RulePattern(
        #"长度|字符|开头|包含|取值范围|取值[：:]|可能值|可选值|枚举值|最多|最少|至少|不超过|不能超过|不得超过|默认|最大值|最小值|valid values?|characters|\bmust\b|default|start with|begin with|\bcontain|up to|at most|maximum|minimum|length"#,
        caseInsensitive: true)
}
