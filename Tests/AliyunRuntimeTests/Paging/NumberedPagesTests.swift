import AliyunRuntime
import Testing

/// `NumberedPages`' end rules on answers the metadata allows but that the HTTP tests do not show: no
/// list, no `TotalCount`, a server that caps the page size. The fetch is an in-memory service.
@Suite("Page-number paging: where it ends")
struct NumberedPagesTests {
    struct Request: Sendable {
        var pageNumber: Int?
        var pageSize: Int?
    }

    struct Response: Sendable {
        var items: [Int]?
        var totalCount: Int?
        var pageSize: Int?
    }

    actor Calls {
        var pages: [Int] = []
        func record(_ page: Int) { pages.append(page) }
    }

    /// A service of `total` items serving at most `cap` per page.
    static func pages(
        total: Int, cap: Int = 1000, answersTotal: Bool = true, hasList: Bool = true, request: Request, calls: Calls
    ) -> NumberedPages<Request, Response> {
        var count: (@Sendable (Response) -> Int)?
        if hasList {
            count = { (response: Response) -> Int in response.items?.count ?? 0 }
        }
        let fetch: @Sendable (Request) async throws -> Response = { request in
            let number = request.pageNumber ?? 1
            await calls.record(number)
            let size = min(request.pageSize ?? 10, cap)
            let (first, overflow) = (number - 1).multipliedReportingOverflow(by: size)
            // Past Int.max: one item, so that the end rules, not an empty page, must stop paging.
            let items: [Int] = overflow ? [1] : Array(first..<max(first, min(first + size, total)))
            return Response(items: hasList ? items : nil, totalCount: answersTotal ? total : nil)
        }
        let withPageNumber: @Sendable (Request, Int) -> Request = { request, number in
            var next = request
            next.pageNumber = number
            return next
        }
        return NumberedPages(
            first: request, pageNumber: { $0.pageNumber }, withPageNumber: withPageNumber,
            pageSize: { request, response in response.pageSize ?? request.pageSize },
            totalCount: { $0.totalCount }, itemCount: count, fetch: fetch)
    }

    static func collect(_ pages: NumberedPages<Request, Response>) async throws -> [Int] {
        var items: [Int] = []
        for try await page in pages { items += page.items ?? [] }
        return items
    }

    @Test("a server that serves fewer items than asked: paging goes on until TotalCount items came")
    func cappedPageSize() async throws {
        let calls = Calls()
        let items = try await Self.collect(
            Self.pages(total: 25, cap: 10, request: Request(pageSize: 50), calls: calls))
        #expect(items == Array(0..<25))
        #expect(await calls.pages == [1, 2, 3])
    }

    @Test("no TotalCount in the answer: a short page ends paging")
    func noTotal() async throws {
        let calls = Calls()
        let items = try await Self.collect(
            Self.pages(total: 7, answersTotal: false, request: Request(pageSize: 3), calls: calls))
        #expect(items == Array(0..<7))
        #expect(await calls.pages == [1, 2, 3])
    }

    @Test("no list and no page size: one page, never a loop")
    func noListNoSize() async throws {
        let calls = Calls()
        var pages = 0
        for try await _ in Self.pages(total: 50, hasList: false, request: Request(), calls: calls) { pages += 1 }
        #expect(pages == 1)
        let sized = Calls()
        pages = 0
        for try await _ in Self.pages(total: 50, hasList: false, request: Request(pageSize: 20), calls: sized) {
            pages += 1
        }
        #expect(pages == 3)
        let untotalled = Calls()
        pages = 0
        for try await _ in Self.pages(
            total: 50, answersTotal: false, hasList: false, request: Request(pageSize: 20), calls: untotalled)
        { pages += 1 }
        #expect(pages == 1)
    }

    @Test("a page number near Int.max ends paging instead of overflowing")
    func overflow() async throws {
        let calls = Calls()
        var pages = 0
        for try await _ in Self.pages(total: Int.max, request: Request(pageNumber: Int.max, pageSize: 2), calls: calls)
        { pages += 1 }
        #expect(pages == 1)
    }
}
