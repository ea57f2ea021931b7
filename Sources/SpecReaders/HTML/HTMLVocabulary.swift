/// The words documentation pages use for sections and columns, in zh-CN and en.
///
/// Matching folds white space and case and ignores a trailing colon.
enum HTMLVocabulary {
    enum Section: String, CaseIterable {
        case authorization
        case requestParameters
        case responseParameters
        case errorCodes
    }

    enum Column: String, CaseIterable {
        case name, type, required, description, example
        case httpStatus, errorCode, errorMessage
        case action, accessLevel, resourceType, conditionKey, associatedOperation
    }

    static let sectionHeadings: [Section: Set<String>] = [
        .authorization: ["授权信息", "authorization information", "authorization"],
        .requestParameters: ["请求参数", "request parameters", "request parameter"],
        .responseParameters: ["返回参数", "响应参数", "response parameters", "response parameter", "response elements"],
        .errorCodes: ["错误码", "error codes", "error code"],
    ]

    static let columnHeaders: [Column: Set<String>] = [
        .name: ["名称", "参数", "参数名", "参数名称", "parameter", "name"],
        .type: ["类型", "type"],
        .required: ["必填", "是否必选", "必选", "required"],
        .description: ["描述", "说明", "description"],
        .example: ["示例值", "示例", "example", "example value", "sample value"],
        .httpStatus: ["http status code", "http 状态码", "http状态码", "状态码", "http status"],
        .errorCode: ["错误码", "error code"],
        .errorMessage: ["错误信息", "error message"],
        .action: ["操作", "action", "operation"],
        .accessLevel: ["访问级别", "access level"],
        .resourceType: ["资源类型", "resource type"],
        .conditionKey: ["条件关键字", "condition key"],
        .associatedOperation: ["关联操作", "associated operation", "associated operations", "dependent action"],
    ]

    /// Words that mean "nothing" in a table cell.
    static let noneWords: Set<String> = ["", "无", "none", "n/a", "-", "—"]

    static func normalise(_ text: String) -> String {
        var folded = InlineText.fold(text).lowercased()
        while folded.hasSuffix(":") || folded.hasSuffix("：") { folded.removeLast() }
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
