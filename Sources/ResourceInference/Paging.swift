import SpecIR

/// How a product pages a list, read from the fields of its list operation.
public enum Paging: Sendable, Equatable, Hashable, Codable {
    /// Page numbers from 1: the request's page number and size, and the answer's total count when it has one
    /// (a path of wire names, `TotalCount` or `page_info.total_count`).
    case pageNumber(pageNumber: String, pageSize: String, totalCount: [String]?)
    /// An opaque token: the request's token and page size (`MaxResults`, when it has one), and where the answer
    /// carries the next token.
    case nextToken(token: String, maxResults: String?, responseToken: [String]?)

    /// The paging an operation's fields show (page numbers when it takes both them and a token), or nil.
    static func detect(request: [Field], response: FieldSearch) -> Paging? {
        func named(_ keys: String...) -> String? {
            request.first { keys.contains(WireName.key($0.name)) }?.name
        }
        if let number = named("pagenumber", "pageno", "page"), let size = named("pagesize", "size") {
            return .pageNumber(
                pageNumber: number, pageSize: size, totalCount: response.scalarPath(named: "totalcount", "total"))
        }
        if let token = named("nexttoken") {
            let size = named("maxresults", "pagesize", "limit")
            return .nextToken(token: token, maxResults: size, responseToken: response.scalarPath(named: "nexttoken"))
        }
        return nil
    }

    /// Words for a report: `PageNumber/PageSize, total TotalCount`.
    public var summary: String {
        switch self {
        case .pageNumber(let number, let size, let total):
            "\(number)/\(size)" + (total.map { ", total \($0.joined(separator: "."))" } ?? "")
        case .nextToken(let token, let size, _):
            token + (size.map { "/\($0)" } ?? "")
        }
    }
}
