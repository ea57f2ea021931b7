/// The typed error of an operation.
struct ErrorViewModel: TemplateContext {
    struct Code: TemplateContext {
        var name: String
        var codeLiteral: String
        var docLines: [String]

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "name": self.name
            case "codeLiteral": codeLiteral
            case "docLines": docLines
            default: nil
            }
        }
    }

    struct Row: TemplateContext {
        /// The HTTP status, or `nil` as Swift source when the documentation gives none.
        var status: String
        var codeName: String
        var messageLiteral: String

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "status": status
            case "codeName": codeName
            case "messageLiteral": messageLiteral
            default: nil
            }
        }
    }

    var access: String
    var name: String
    var operation: String
    var docLines: [String]
    var codes: [Code]
    var rows: [Row]

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "access": access
        case "name": self.name
        case "operation": operation
        case "docLines": docLines
        case "codes": codes
        case "rows": rows
        default: nil
        }
    }
}
