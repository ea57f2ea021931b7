/// The pages of an operation that pages by number (`PageNumber` and `PageSize` in the request,
/// `TotalCount` in the answer), as an `AsyncSequence` of answers.
///
/// The first call sends the request as given (page 1 unless it names another); each next call asks for
/// the next page number. The sequence ends after an empty page, or once the pages fetched cover
/// `TotalCount` (pages × page size, the page size from the answer, else the request, else the first
/// page's item count). Each page is one call of the operation, retried as a single call is;
/// cancellation is checked before every call.
public struct NumberedPages<Request: Sendable, Response: Sendable>: AsyncSequence, Sendable {
    /// Each element is one page: one answer of the operation.
    public typealias Element = Response

    let first: Request
    let pageNumber: @Sendable (Request) -> Int?
    let withPageNumber: @Sendable (Request, Int) -> Request
    let pageSize: @Sendable (Request, Response) -> Int?
    let totalCount: @Sendable (Response) -> Int?
    let itemCount: @Sendable (Response) -> Int
    let fetch: @Sendable (Request) async throws -> Response

    /// - Parameters:
    ///   - first: The request of the first page.
    ///   - pageNumber: The request's page number (nil: page 1).
    ///   - withPageNumber: The request with a page number set.
    ///   - pageSize: The page size, from the answer or the request.
    ///   - totalCount: The answer's total number of items.
    ///   - itemCount: How many items a page holds.
    ///   - fetch: One call of the operation.
    public init(
        first: Request, pageNumber: @escaping @Sendable (Request) -> Int?,
        withPageNumber: @escaping @Sendable (Request, Int) -> Request,
        pageSize: @escaping @Sendable (Request, Response) -> Int?, totalCount: @escaping @Sendable (Response) -> Int?,
        itemCount: @escaping @Sendable (Response) -> Int, fetch: @escaping @Sendable (Request) async throws -> Response
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
        var firstPageSize: Int?

        /// The next answer; nil after the last.
        public mutating func next() async throws -> Response? {
            guard let request = next else { return nil }
            try Task.checkCancellation()
            next = nil
            let response = try await pages.fetch(request)
            let items = pages.itemCount(response)
            guard items > 0 else { return response }
            let number = pages.pageNumber(request) ?? 1
            if firstPageSize == nil { firstPageSize = items }
            let size = pages.pageSize(request, response) ?? firstPageSize ?? items
            if let total = pages.totalCount(response) {
                // Overflow-safe: a page number near Int.max ends paging.
                let (covered, overflow) = number.multipliedReportingOverflow(by: Swift.max(size, 1))
                guard !overflow, covered < total else { return response }
            }
            let (following, overflow) = number.addingReportingOverflow(1)
            if !overflow { next = pages.withPageNumber(request, following) }
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
