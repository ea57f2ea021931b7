import SpecIR
import SwiftSourceText

/// Translates an operation's ``Pagination`` for `client-pagination.mustache`.
enum PaginationTranslator {
    static func viewModel(_ operation: ResolvedOperation, client: String, access: String) -> PaginationViewModel? {
        guard let pagination = operation.pagination else { return nil }
        func member(_ member: ResolvedMember?) -> PaginationViewModel.Member? {
            member.map {
                PaginationViewModel.Member(
                    property: $0.property, isOptional: $0.isOptional, type: $0.type.qualifiedSpelling)
            }
        }
        let spec = operation.spec
        var text = "The pages of `\(spec.name)`, one call each, as an `AsyncSequence` of answers"
        var model = PaginationViewModel(
            access: access, client: client, actionLiteral: SwiftLiteral.string(spec.name),
            method: operation.methodName, pagesMethod: operation.pagesMethodName,
            itemsMethod: operation.itemsMethodName,
            request: operation.request.name.qualified, response: operation.response.name.qualified, isToken: false,
            itemsPath: pagination.items?.path ?? [], element: pagination.items?.element.qualifiedSpelling ?? "",
            docLines: [])
        switch pagination {
        case .token(let request, let response, _):
            model.isToken = true
            model.requestToken = member(request)
            model.responseToken = member(response)
            text +=
                ": each call sends the previous answer's `\(response.field.name)`; paging ends at an answer "
                + "without one, and a token answered twice throws `PaginationError.repeatedToken` rather than loop."
        case .markers(let markers, let isTruncated, _):
            model.isToken = true
            model.markers = markers.map {
                PaginationViewModel.MarkerPair(request: $0.request.property, response: $0.response.property)
            }
            model.isTruncated = member(isTruncated)
            model.firstNext = markers.first.map { member($0.response) } ?? nil
            let names = markers.map { "`\($0.response.field.name)`" }.joined(separator: " and ")
            text +=
                ": each call sends the previous answer's \(names); paging ends at an answer "
                + (isTruncated.map { "whose `\($0.field.name)` is not true" }
                    ?? "without `\(markers[0].response.field.name)`")
                + ", and a request sent twice throws `PaginationError.repeatedToken` rather than loop."
        case .pageNumber(let request, let pageSize, let totalCount, let responsePageSize, _):
            model.pageNumber = member(request)
            model.requestPageSize = member(pageSize)
            model.responsePageSize = member(responsePageSize)
            model.totalCount = member(totalCount)
            text +=
                ": each call asks for the next `\(request.field.name)`; paging ends after an empty page or once "
                + "the pages cover `\(totalCount.field.name)`."
        }
        text += " Each page is retried as a single call is; cancelling the reading task stops paging."
        model.docLines = FieldDocumentation.comment(text, indent: 4)
        return model
    }
}
