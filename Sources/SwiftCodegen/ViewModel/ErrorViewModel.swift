/// The typed error of an operation.
struct ErrorViewModel: Sendable {
    struct Code: Sendable {
        var name: String
        var codeLiteral: String
        var docLines: [String]
    }

    struct Row: Sendable {
        var status: String
        var codeName: String
        var messageLiteral: String
    }

    var header: HeaderViewModel
    var access: String
    var name: String
    var operation: String
    var docLines: [String]
    var codes: [Code]
    var rows: [Row]
    var hasRows: Bool
}
