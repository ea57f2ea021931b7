import AliyunRuntime
import Testing

/// `TokenPages` built from a `next` closure, as OSS's marker paging is: several markers carried forward, paging
/// ended by the closure, and a request repeated refused rather than looped.
@Suite("Marker paging: several markers, the end, no loops")
struct MarkerPagesTests {
    struct Request: Sendable, Hashable {
        var keyMarker: String?
        var uploadIdMarker: String?
    }

    struct Response: Sendable {
        var keys: [String]
        var isTruncated: Bool
        var nextKeyMarker: String?
        var nextUploadIdMarker: String?
    }

    static func pages(_ serve: @escaping @Sendable (Request) -> Response) -> TokenPages<Request, Response> {
        TokenPages(
            first: Request(),
            next: { request, response in
                guard response.isTruncated else { return nil }
                var next = request
                next.keyMarker = response.nextKeyMarker
                next.uploadIdMarker = response.nextUploadIdMarker
                return next
            },
            fetch: { serve($0) })
    }

    @Test("both markers go forward; paging ends at an answer that is not truncated")
    func forward() async throws {
        // Uploads of one key span pages: only the upload-id marker tells the pages apart.
        let uploads = [("a", "1"), ("a", "2"), ("a", "3"), ("b", "1")]
        let pages = Self.pages { request in
            let start =
                uploads.firstIndex { $0.0 == request.keyMarker && $0.1 == request.uploadIdMarker }.map { $0 + 1 } ?? 0
            let page = Array(uploads[start..<min(start + 2, uploads.count)])
            let truncated = start + 2 < uploads.count
            return Response(
                keys: page.map { "\($0.0)/\($0.1)" }, isTruncated: truncated,
                nextKeyMarker: truncated ? page.last?.0 : nil, nextUploadIdMarker: truncated ? page.last?.1 : nil)
        }
        var seen: [String] = []
        for try await page in pages { seen += page.keys }
        #expect(seen == ["a/1", "a/2", "a/3", "b/1"])
    }

    @Test("a next request the same as one already sent throws repeatedToken instead of looping")
    func loop() async throws {
        let pages = Self.pages { _ in
            Response(keys: ["x"], isTruncated: true, nextKeyMarker: "same", nextUploadIdMarker: "same")
        }
        var count = 0
        await #expect(throws: PaginationError.self) {
            for try await _ in pages { count += 1 }
        }
        #expect(count == 1, "the first page is read; the second answer would send the same request again")
    }
}
