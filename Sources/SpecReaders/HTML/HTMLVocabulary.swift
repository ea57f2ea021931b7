/// The words documentation pages use for sections and columns, in zh-CN and en.
///
/// The words are those published Alibaba Cloud API reference pages have used over the page
/// generations listed, with where each was seen, in `docs/html-spec-format.md`. Matching folds
/// white space and case and ignores a trailing colon or question mark (`Required?`).
enum HTMLVocabulary {
    enum Section: String, CaseIterable {
        case authorization
        case requestParameters
        case responseParameters
        case errorCodes
    }

    enum Column: String, CaseIterable {
        case name, type, required, description, example, placement
        case httpStatus, errorCode, errorMessage
        /// 语义 / Meaning: the explanation in the oldest error tables, whose 描述 / Description
        /// column holds the error message.
        case meaning
        case action, accessLevel, resourceType, conditionKey, associatedOperation
    }

    static let sectionHeadings: [Section: Set<String>] = [
        .authorization: ["授权信息", "authorization information", "authorization", "ram authorization"],
        .requestParameters: ["请求参数", "request parameters", "request parameter"],
        .responseParameters: [
            "返回参数", "返回数据", "响应参数", "response parameters", "response parameter", "response elements",
            "return parameters",
        ],
        .errorCodes: ["错误码", "特殊错误码", "error codes", "error code", "errors"],
    ]

    static let columnHeaders: [Column: Set<String>] = [
        .name: [
            "名称", "参数", "参数名", "参数名称", "属性名称", "parameter", "parameters", "parameter name", "name",
            "attribute name", "element",
        ],
        .type: ["类型", "参数类型", "数据类型", "type"],
        .required: [
            "必填", "是否必选", "是否必需", "是否必须", "是否必填", "必选", "必须", "必要", "required", "required or not",
            "must i choose",
        ],
        .description: ["描述", "说明", "参数说明", "description", "note", "错误码描述"],
        .example: [
            "示例值", "示例", "example", "example value", "example values", "sample value", "instance value",
        ],
        .placement: ["位置", "position"],
        // The error-table words after each first line are those of the Markdown tables in api-docs `extraInfo`
        // (Log Service, Auto Scaling, ROS, Live, VS in the 2024 snapshot), read by `ExtraInfoErrorTable`.
        .httpStatus: [
            "httpcode", "http status code", "http 状态码", "http状态码", "状态码", "http 返回码", "http status",
            "httpstatuscode", "http", "http 状态", "http状态",
        ],
        .errorCode: [
            "错误码", "错误代码", "error code", "error codes", "errorcode",
            "errorcode 错误码", "errorcode错误码",
        ],
        .errorMessage: [
            "错误信息", "错误消息", "error message", "error messages", "error information", "errormessage", "message",
            "message 错误信息", "message错误信息", "报错消息",
        ],
        .meaning: ["语义", "meaning"],
        .action: ["操作", "action", "operation"],
        .accessLevel: ["访问级别", "access level"],
        .resourceType: ["资源类型", "resource type"],
        .conditionKey: ["条件关键字", "condition key"],
        .associatedOperation: ["关联操作", "associated operation", "associated operations", "dependent action"],
    ]

    /// Words that mean "nothing" in a table cell.
    /// Headings above the example of a successful answer (its first JSON code block follows).
    static let successExampleHeadings: Set<String> = [
        "正常返回示例", "返回示例", "sample success responses", "sample success response", "success response example",
        "response example", "response examples",
    ]

    static let noneWords: Set<String> = ["", "无", "none", "n/a", "-", "—"]

    static func normalise(_ text: String) -> String {
        var folded = InlineText.fold(text).lowercased()
        while let last = folded.last, ":：?？".contains(last) {
            folded.removeLast()
            while folded.last?.isWhitespace == true { folded.removeLast() }
        }
        return folded
    }

    static func section(forHeading text: String) -> Section? {
        let key = normalise(text)
        return Section.allCases.first { sectionHeadings[$0]?.contains(key) == true }
    }

    /// The column a header names, preferring the ones the table's section expects.
    static func column(forHeader text: String, among expected: [Column]) -> Column? {
        let key = normalise(text)
        return expected.first { columnHeaders[$0]?.contains(key) == true }
    }
}
