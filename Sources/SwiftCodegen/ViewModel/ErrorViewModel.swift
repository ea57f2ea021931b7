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
    /// The service's common-errors protocol the type conforms to (its rows come first); nil when none.
    var commonProtocol: String? = nil
}

/// The protocol of the error rows every operation of a service documents (`common-errors.mustache`).
struct CommonErrorsViewModel: TemplateContext {
    var access: String
    var name: String
    var product: String
    var docLines: [String]
    var codes: [ErrorViewModel.Code]
    var rows: [ErrorViewModel.Row]
}
