import SpecIR

/// How an operation pages its results, detected from its request and answer by one rule.
///
/// The rule (names compared without regard to case, at the top level of the request and the answer):
/// - **token**: the request has a string `NextToken` and the answer has a string `NextToken`;
/// - **markers**: otherwise, the answer has `Next<Name>` members (`NextMarker`, `NextContinuationToken`,
///   `NextKeyMarker` and `NextUploadIdMarker`) each with a request member of the same type named `<Name>`
///   written any way (`marker`, `continuation-token`, `key-marker`): each call sends the previous answer's
///   values; paging ends at an answer whose `IsTruncated` is not true, or, without one, whose first `Next…`
///   member is absent;
/// - **page number**: the request has an integer `PageNumber` and the answer an integer `TotalCount`
///   (`PageSize` of the answer, else of the request, gives the page size when there is one);
/// - an operation that offers both pages by token, which neither loses nor repeats rows when the data
///   changes between calls;
/// - the items are the answer's one list: the only top-level list member, or, when there is none, the
///   only list member of its only object member that holds one (ECS's `Images.Image`); with no list, or
///   more than one, the operation pages but offers no item sequence;
/// - page-number paging needs a list or a page size member to tell where paging ends: without both,
///   it is not offered (and at run time, a page without a list whose size or total is unknown ends
///   paging, so that it never loops; see `NumberedPages`).
enum Pagination: Sendable {
    struct Items: Sendable {
        /// Property names from the answer to the list (`images`, `image`).
        var path: [String]
        /// The same path in wire names (`Images`, `Image`), for JSON.
        var wirePath: [String]
        var element: SwiftType
    }

    /// A request member and the answer's member that gives its next value.
    struct Marker: Sendable {
        var request: ResolvedMember
        var response: ResolvedMember
    }

    case token(request: ResolvedMember, response: ResolvedMember, items: Items?)
    case markers([Marker], isTruncated: ResolvedMember?, items: Items?)
    case pageNumber(
        request: ResolvedMember, pageSize: ResolvedMember?, totalCount: ResolvedMember,
        responsePageSize: ResolvedMember?, items: Items?)

    var items: Items? {
        switch self {
        case .token(_, _, let items), .pageNumber(_, _, _, _, let items), .markers(_, _, let items): items
        }
    }

    static func of(request: ResolvedStruct, response: ResolvedStruct) -> Pagination? {
        func member(_ members: [ResolvedMember], _ name: String, _ types: Set<SwiftType>) -> ResolvedMember? {
            let matches = members.filter { $0.field.name.lowercased() == name && types.contains($0.type) }
            return matches.count == 1 ? matches[0] : nil
        }
        let items = Self.items(of: response)
        if let requestToken = member(request.members, "nexttoken", [.string]),
            let responseToken = member(response.members, "nexttoken", [.string])
        {
            return .token(request: requestToken, response: responseToken, items: items)
        }
        if let markers = markers(request: request, response: response) {
            return .markers(
                markers, isTruncated: member(response.members, "istruncated", [.bool]), items: items)
        }
        let integers: Set<SwiftType> = [.int, .int64]
        if let number = member(request.members, "pagenumber", integers),
            let total = member(response.members, "totalcount", integers)
        {
            let pageSize = member(request.members, "pagesize", integers)
            let responsePageSize = member(response.members, "pagesize", integers)
            // Without a list or a page size, neither an empty page nor the pages' coverage can be told.
            guard items != nil || pageSize != nil || responsePageSize != nil else { return nil }
            return .pageNumber(
                request: number, pageSize: pageSize, totalCount: total, responsePageSize: responsePageSize,
                items: items)
        }
        return nil
    }

    /// The answer's `Next<Name>` members that have a request member `<Name>` of their type, in the answer's
    /// order; nil when there are none.
    static func markers(request: ResolvedStruct, response: ResolvedStruct) -> [Marker]? {
        func folded(_ name: String) -> String { name.lowercased().filter { $0.isLetter || $0.isNumber } }
        var markers: [Marker] = []
        for next in response.members where next.type.isScalar && folded(next.field.name).hasPrefix("next") {
            let name = folded(next.field.name).dropFirst("next".count)
            let matches = request.members.filter { folded($0.field.name) == name && $0.type == next.type }
            if matches.count == 1, !name.isEmpty, matches[0].isOptional {
                markers.append(Marker(request: matches[0], response: next))
            }
        }
        return markers.isEmpty ? nil : markers
    }

    static func items(of response: ResolvedStruct) -> Items? {
        let lists = response.members.filter(\.type.isList)
        if lists.count == 1 {
            return Items(path: [lists[0].property], wirePath: [lists[0].field.name], element: lists[0].type.element)
        }
        guard lists.isEmpty else { return nil }
        var found: [Items] = []
        for member in response.members {
            guard case .structure(let name) = member.type, let nested = response.nestedStruct(named: name) else {
                continue
            }
            let inner = nested.members.filter(\.type.isList)
            if inner.count == 1 {
                found.append(
                    Items(
                        path: [member.property, inner[0].property], wirePath: [member.field.name, inner[0].field.name],
                        element: inner[0].type.element))
            }
        }
        return found.count == 1 ? found[0] : nil
    }
}
