import SpecIR
import SwiftSourceText

/// Translates a resolved service into its server side: a handler protocol with one method per
/// operation (answering with the documented example unless implemented) and its `OperationRouter`.
enum ServerTranslator {
    static func handler(_ service: ResolvedService, access: String) -> ServerHandlerViewModel {
        ServerHandlerViewModel(
            access: access, name: service.handlerName, client: service.clientName,
            productLiteral: SwiftLiteral.string(service.spec.product),
            versionLiteral: SwiftLiteral.string(service.spec.version),
            operations: service.operations.map { operation in
                let lines = exampleLines(operation.spec.response.example)
                let request = operation.request.name.qualified
                let response = operation.response.name.qualified
                let action = SwiftLiteral.string(operation.spec.name)
                let method = operation.methodName
                let headers = ClientTranslator.headerParameters(operation.spec).map {
                    ClientTranslator.argumentList($0, label: "headerParameters")
                }
                return ServerHandlerViewModel.Operation(
                    method: method, request: request, response: response, error: operation.errorTypeName,
                    actionLiteral: action, exampleLines: lines.map(ServerHandlerViewModel.Line.init),
                    rawDelimiter: rawDelimiter(for: lines),
                    requirementLayout: CallLayout(
                        head: "func \(method)(", arguments: ["_ request: \(request)"],
                        tail: ") async throws -> \(response)", indent: 4),
                    defaultLayout: CallLayout(
                        head: "\(access) func \(method)(", arguments: ["_ request: \(request)"],
                        tail: ") async throws -> \(response) {", indent: 4),
                    isAnonymous: operation.signing == .anonymous,
                    headerParameters: headers,
                    handleLayout: CallLayout(
                        head: "router.handle(",
                        arguments: [
                            action, "request: \(request).self", "response: \(response).self",
                            "errors: \(operation.errorTypeName).self",
                        ] + (operation.signing == .anonymous ? ["isAnonymous: true"] : [])
                            + (headers.map { ["headerParameters: [" + $0.elements.joined(separator: ", ") + "]"] } ?? []),
                        tail: ") { try await self.\(method)($0) }", indent: 8))
            })
    }

    /// The example's lines, control characters and trailing spaces removed (JSON does not need them),
    /// bidirectional controls written as JSON escapes (the same JSON, displayed as it is).
    private static func exampleLines(_ example: String?) -> [String] {
        guard let example else { return [] }
        return example.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            BidirectionalControls.jsonEscaped(ControlCharacters.removed(from: line)).trimmingTrailingSpaces()
        }
    }

    /// The fewest `#` such that no line holds `"""` or `\` followed by them.
    private static func rawDelimiter(for lines: [String]) -> String {
        var hashes = "#"
        while lines.contains(where: { $0.contains("\"\"\"" + hashes) || $0.contains("\\" + hashes) }) {
            hashes += "#"
        }
        return hashes
    }
}
