import TemplateRendering

/// The typed error of an operation.
struct ErrorViewModel: TemplateContext {
    struct Code: TemplateContext {
        var name: String
        var codeLiteral: String
        var docLines: [String]
    }

    struct Row: TemplateContext {
        /// The HTTP status, or `nil` as Swift source when the documentation gives none.
        var status: String
        var codeName: String
        var messageLiteral: String
    }

    var access: String
    var name: String
    var operation: String
    var docLines: [String]
    var codes: [Code]
    var rows: [Row]
}
