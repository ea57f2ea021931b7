/// The pages of an operation that pages by token (`NextToken` in the request and the answer), as an
/// `AsyncSequence` of answers.
///
/// The first call sends the request as given; each next call sends it again with the previous answer's
/// token. The sequence ends after an answer without a token (absent or empty). An answer whose token
/// was already seen throws ``PaginationError/repeatedToken(_:)`` instead of looping. Each page is one
/// call of the operation, retried as a single call is; cancellation is checked before every call.
public struct TokenPages<Request: Sendable, Response: Sendable>: AsyncSequence, Sendable {
    /// Each element is one page: one answer of the operation.
    public typealias Element = Response

    let first: Request
    /// The next page's request and the key that tells it from every earlier one; nil after the last page.
    let advance: @Sendable (Request, Response) -> (request: Request, key: String)?
    let fetch: @Sendable (Request) async throws -> Response

    /// - Parameters:
    ///   - first: The request of the first page.
    ///   - token: The answer's next-page token.
    ///   - withToken: The request with a token set.
    ///   - fetch: One call of the operation.
    public init(
        first: Request, token: @escaping @Sendable (Response) -> String?,
        withToken: @escaping @Sendable (Request, String) -> Request,
        fetch: @escaping @Sendable (Request) async throws -> Response
    ) {
        self.first = first
        self.advance = { request, response in
            guard let token = token(response), !token.isEmpty else { return nil }
            return (withToken(request, token), token)
        }
        self.fetch = fetch
    }

    /// Pages whose next request carries several of the answer's values (OSS's `NextKeyMarker` and
    /// `NextUploadIdMarker`): `next` makes it, or says there is no next page. A next request the same as one already
    /// sent (by its description) throws ``PaginationError/repeatedToken(_:)`` instead of looping.
    ///
    /// - Parameters:
    ///   - first: The request of the first page.
    ///   - next: The next page's request after an answer; nil after the last page.
    ///   - fetch: One call of the operation.
    public init(
        first: Request, next: @escaping @Sendable (Request, Response) -> Request?,
        fetch: @escaping @Sendable (Request) async throws -> Response
    ) {
        self.first = first
        self.advance = { request, response in
            next(request, response).map { ($0, String(describing: $0)) }
        }
        self.fetch = fetch
    }

    /// Fetches the pages one call at a time.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: TokenPages
        var next: Request?
        var seen: Set<String> = []

        /// The next answer; nil after the last.
        public mutating func next() async throws -> Response? {
            guard let request = next else { return nil }
            try Task.checkCancellation()
            next = nil
            let response = try await pages.fetch(request)
            if let (following, key) = pages.advance(request, response) {
                guard seen.insert(key).inserted else { throw PaginationError.repeatedToken(key) }
                next = following
            }
            return response
        }
    }

    /// An iterator from the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: self, next: first)
    }
}

/// Paging went wrong in a way that repeating would not fix.
public enum PaginationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The service answered a token it had answered before: following it would loop.
    case repeatedToken(String)

    /// What happened.
    public var description: String {
        switch self {
        case .repeatedToken(let token): "the service repeated the page token \(token); paging stopped rather than loop"
        }
    }
}
