import SpecIR
import Testing

@testable import ResourceInference

@Suite("Paging")
struct PagingTests {
    typealias B = SpecBuilder

    static func detect(_ request: [Field], _ response: [Field]) -> Paging? {
        Paging.detect(request: request, response: FieldSearch(fields: response, sharedTypes: [:]))
    }

    @Test func pageNumberWithTotal() {
        let paging = Self.detect(
            [B.scalar("PageNumber"), B.scalar("PageSize")], [B.scalar("TotalCount", .integer), B.scalar("RequestId")])
        #expect(paging == .pageNumber(pageNumber: "PageNumber", pageSize: "PageSize", totalCount: ["TotalCount"]))
    }

    @Test func snakeCasePageInfo() {
        let paging = Self.detect(
            [B.scalar("page_number"), B.scalar("page_size")], [B.object("page_info", [B.scalar("total_count")])])
        #expect(
            paging
                == .pageNumber(
                    pageNumber: "page_number", pageSize: "page_size", totalCount: ["page_info", "total_count"]))
    }

    @Test func nextToken() {
        let paging = Self.detect([B.scalar("NextToken"), B.scalar("MaxResults")], [B.scalar("NextToken")])
        #expect(paging == .nextToken(token: "NextToken", maxResults: "MaxResults", responseToken: ["NextToken"]))
    }

    @Test func none() {
        #expect(Self.detect([B.scalar("VpcId")], [B.scalar("TotalCount")]) == nil)
    }
}

extension PagingTests {
    @Test func pageNumbersWinOverAToken() {
        let paging = Self.detect(
            [B.scalar("PageNumber"), B.scalar("PageSize"), B.scalar("NextToken"), B.scalar("MaxResults")], [])
        #expect(paging == .pageNumber(pageNumber: "PageNumber", pageSize: "PageSize", totalCount: nil))
    }
}
