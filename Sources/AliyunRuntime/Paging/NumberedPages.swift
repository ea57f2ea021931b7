/// The pages of an operation that pages by number (`PageNumber` and `PageSize` in the request,
/// `TotalCount` in the answer), as an `AsyncSequence` of answers.
///
/// The first call sends the request as given (page 1 unless it names another); each next call asks for
/// the next page number. When answers list their items, paging ends after an empty page, or once the
/// items received (and those of the pages before the first one asked for) reach `TotalCount`, or, when
/// an answer gives no `TotalCount`, after a page shorter than the page size. Without a list, paging ends
/// once page number × page size reaches `TotalCount`, and after the first page when either is unknown,
/// so that it never loops. Each page is one call of the operation, retried as a single call is;
/// cancellation is checked before every call.
public struct NumberedPages<Request: Sendable, Response: Sendable>: AsyncSequence, Sendable {
    /// Each element is one page: one answer of the operation.
    public typealias Element = Response

    let first: Request
    let pageNumber: @Sendable (Request) -> Int?
    let withPageNumber: @Sendable (Request, Int) -> Request
    let pageSize: @Sendable (Request, Response) -> Int?
    let totalCount: @Sendable (Response) -> Int?
    let itemCount: (@Sendable (Response) -> Int)?
    let fetch: @Sendable (Request) async throws -> Response

    /// - Parameters:
    ///   - first: The request of the first page.
    ///   - pageNumber: The request's page number (nil: page 1).
    ///   - withPageNumber: The request with a page number set.
    ///   - pageSize: The page size, from the answer or the request.
    ///   - totalCount: The answer's total number of items.
    ///   - itemCount: How many items a page holds; nil when answers have no list.
    ///   - fetch: One call of the operation.
    public init(
        first: Request, pageNumber: @escaping @Sendable (Request) -> Int?,
        withPageNumber: @escaping @Sendable (Request, Int) -> Request,
        pageSize: @escaping @Sendable (Request, Response) -> Int?, totalCount: @escaping @Sendable (Response) -> Int?,
        itemCount: (@Sendable (Response) -> Int)? = nil,
        fetch: @escaping @Sendable (Request) async throws -> Response
    ) {
        self.first = first
        self.pageNumber = pageNumber
        self.withPageNumber = withPageNumber
        self.pageSize = pageSize
        self.totalCount = totalCount
        self.itemCount = itemCount
        self.fetch = fetch
    }

    /// Fetches the pages one call at a time.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: NumberedPages
        var next: Request?
        /// Items received so far, and the items of the pages before the first one asked for.
        var received = 0
        var skipped: Int?

        /// The next answer; nil after the last.
        public mutating func next() async throws -> Response? {
            guard let request = next else { return nil }
            try Task.checkCancellation()
            next = nil
            let response = try await pages.fetch(request)
            let number = pages.pageNumber(request) ?? 1
            let size = pages.pageSize(request, response).flatMap { $0 > 0 ? $0 : nil }
            let total = pages.totalCount(response)
            let more: Bool
            if let itemCount = pages.itemCount {
                let items = itemCount(response)
                received = received.addingReportingOverflow(items).partialValue
                if skipped == nil {
                    let (before, overflow) = (number - 1).multipliedReportingOverflow(by: size ?? items)
                    skipped = overflow ? Int.max : Swift.max(before, 0)
                }
                if items == 0 {
                    more = false
                } else if let total {
                    let (seen, overflow) = received.addingReportingOverflow(skipped ?? 0)
                    more = !overflow && seen < total
                } else {
                    more = size.map { items >= $0 } ?? true
                }
            } else if let total, let size {
                let (covered, overflow) = number.multipliedReportingOverflow(by: size)
                more = !overflow && covered < total
            } else {
                more = false
            }
            let (following, overflow) = number.addingReportingOverflow(1)
            if more, !overflow { next = pages.withPageNumber(request, following) }
            return response
        }
    }

    /// An iterator from the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: self, next: first)
    }
}

/// The items of every page, in order, as an `AsyncSequence`: the pages' list field flattened.
public struct PageItems<Pages: AsyncSequence & Sendable, Item: Sendable>: AsyncSequence, Sendable
where Pages.Element: Sendable {
    /// Each element is one item of a page.
    public typealias Element = Item

    let pages: Pages
    let items: @Sendable (Pages.Element) -> [Item]

    /// The items `items` takes from each page of `pages`.
    public init(pages: Pages, items: @escaping @Sendable (Pages.Element) -> [Item]) {
        self.pages = pages
        self.items = items
    }

    /// Walks the pages, a page's items at a time.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: Pages.AsyncIterator
        let items: @Sendable (Pages.Element) -> [Item]
        var buffered: [Item] = []
        var index = 0

        /// The next item; nil after the last page's last.
        public mutating func next() async throws -> Item? {
            while index == buffered.count {
                guard let page = try await pages.next() else { return nil }
                buffered = items(page)
                index = 0
            }
            defer { index += 1 }
            return buffered[index]
        }
    }

    /// An iterator from the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), items: items)
    }
}
