import TemplateRendering

/// What `client-pagination.mustache` needs: an operation's paging members and its list's path.
struct PaginationViewModel: TemplateContext {
    /// A member a closure reads: its property and whether it is optional.
    struct Member: TemplateContext {
        var property: String
        var isOptional: Bool
        /// The Swift type a page number is converted to when set (`Int`, `Int64`).
        var type: String
    }

    /// A request member set from the answer's member that gives its next value.
    struct MarkerPair: TemplateContext {
        var request: String
        var response: String
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
    /// Paging by markers: the members each next request takes from the answer; empty for the other kinds.
    var markers: [MarkerPair] = []
    /// The answer's `IsTruncated`, which ends marker paging when not true.
    var isTruncated: Member?
    /// The answer's first `Next…` member, whose absence ends marker paging without an `IsTruncated`.
    var firstNext: Member?
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

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(!itemsPath.isEmpty, forKey: "hasItems")
        try members.encode(!markers.isEmpty, forKey: "hasMarkers")
        try members.encode(pagesType, forKey: "pagesType")
        try members.encode(
            LineWidth.fits(4 + ") -> PageItems<".count + pagesType.count + 2 + element.count + 3),
            forKey: "itemsReturnFits")
        try members.encode(LineWidth.fits(8 + pagesType.count + 2 + element.count), forKey: "itemsArgumentsFit")
        try members.encode(LineWidth.fits(8 + itemsBodyText.count), forKey: "itemsBodyFits")
    }
}
