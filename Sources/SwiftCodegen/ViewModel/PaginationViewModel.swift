/// What `client-pagination.mustache` needs: an operation's paging members and its list's path.
struct PaginationViewModel: TemplateContext {
    /// A member a closure reads: its property and whether it is optional.
    struct Member: TemplateContext {
        var property: String
        var isOptional: Bool
        /// The Swift type a page number is converted to when set (`Int`, `Int64`).
        var type: String

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "property": property
            case "isOptional": isOptional
            case "type": type
            default: nil
            }
        }
    }

    var access: String
    var client: String
    var actionLiteral: String
    var method: String
    var pagesMethod: String
    var itemsMethod: String
    var request: String
    var response: String
    var isToken: Bool
    var requestToken: Member?
    var responseToken: Member?
    var pageNumber: Member?
    var requestPageSize: Member?
    var responsePageSize: Member?
    var totalCount: Member?
    /// The properties from the answer to its list; empty when there is no unambiguous list.
    var itemsPath: [String]
    var element: String
    var docLines: [String]

    /// `TokenPages<Request, Response>` or `NumberedPages<…>`.
    var pagesType: String { "\(isToken ? "TokenPages" : "NumberedPages")<\(request), \(response)>" }
    /// The items method's body on one line, to measure it.
    private var itemsBodyText: String {
        "PageItems(pages: \(pagesMethod)(request, options: options)) { $0.\(itemsPath.joined(separator: "?.")) ?? [] }"
    }

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "access": access
        case "client": client
        case "actionLiteral": actionLiteral
        case "method": method
        case "pagesMethod": pagesMethod
        case "itemsMethod": itemsMethod
        case "request": request
        case "response": response
        case "isToken": isToken
        case "requestToken": requestToken
        case "responseToken": responseToken
        case "pageNumber": pageNumber
        case "requestPageSize": requestPageSize
        case "responsePageSize": responsePageSize
        case "totalCount": totalCount
        case "itemsPath": itemsPath
        case "hasItems": !itemsPath.isEmpty
        case "element": element
        case "docLines": docLines
        case "pagesType": pagesType
        case "itemsReturnFits": 4 + ") -> PageItems<".count + pagesType.count + 2 + element.count + 3 <= 120
        case "itemsBodyFits": 8 + itemsBodyText.count <= 120
        default: nil
        }
    }
}
