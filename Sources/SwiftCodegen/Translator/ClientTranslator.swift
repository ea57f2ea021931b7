import SpecIR
import SwiftSourceText

/// Translates a service into its client type and one method per operation.
enum ClientTranslator {
    static func client(_ service: ResolvedService, context: TranslationContext) -> ClientViewModel {
        let spec = service.spec
        return ClientViewModel(
            access: context.access, name: service.clientName,
            productLiteral: SwiftLiteral.string(spec.product), versionLiteral: SwiftLiteral.string(spec.version),
            docLines: FieldDocumentation.comment(
                "A client of \(spec.product) API version \(spec.version).\n\n"
                    + "Each method checks the request against its documented rules as `validation` says "
                    + "(a call's `CallOptions.validation` overrides it), sends it through `caller`, and returns the "
                    + "decoded response or throws the operation's typed error.",
                indent: 0),
            endpoints: ListLiteralViewModel(
                spec.endpoints.map { "\(SwiftLiteral.string($0.regionId)): \(SwiftLiteral.string($0.host))" },
                indent: "    ", declaration: "\(context.access) static let endpoints: [String: String] = ",
                emptyLiteral: "[:]"),
            validationMode: context.options.validation.rawValue, gateway: StyleRuntime.of(spec.style)?.gateway)
    }

    /// An operation's line in `<Client>.operations`.
    static func catalogueEntry(_ operation: ResolvedOperation) -> ClientOperationsViewModel.Entry {
        ClientOperationsViewModel.Entry(
            actionLiteral: SwiftLiteral.string(operation.spec.name), request: operation.request.name.qualified,
            response: operation.response.name.qualified)
    }

    /// The wire names of the top-level parameters the spec places in a form body (`in: formData`), as the
    /// official SDKs send them; nil when there are none.
    static func formParameters(_ spec: OperationSpec) -> [String]? {
        parameterNames(of: spec, placedIn: .formData)
    }

    /// The wire names of an RPC operation's parameters the spec places in a header (`in: header`), sent as
    /// HTTP headers; nil when there are none, and for ROA, whose request encodes its headers itself
    /// (``ROATranslator``).
    static func headerParameters(_ spec: OperationSpec) -> [String]? {
        spec.path == nil ? parameterNames(of: spec, placedIn: .header) : nil
    }

    /// The names as the list literal of a call argument (`label: [...]`) at the client method's indentation.
    static func argumentList(_ names: [String], label: String) -> ListLiteralViewModel {
        ListLiteralViewModel(names.map(SwiftLiteral.string), indent: "            ", declaration: label + ": ")
    }

    private static func parameterNames(of spec: OperationSpec, placedIn placement: ParameterPlacement) -> [String]? {
        let names = spec.parameters.filter { $0.placement == placement }.map(\.name)
        return names.isEmpty ? nil : names
    }

    static func method(_ operation: ResolvedOperation, client: String, access: String) -> ClientMethodViewModel {
        let spec = operation.spec
        var throwsText = "`RequestValidationError` before sending when the request breaks a documented rule;"
        throwsText +=
            "\n  `DryRunSucceeded` when a dry run passed; `\(operation.errorTypeName)` when the service answers"
        throwsText +=
            "\n  with an error; `CredentialsError`, `TimeoutError` or `TransportError` when the call cannot be made."
        let text = documentation(
            operation,
            body: "The raw body to send (`application/octet-stream`), if any: bytes, a file or chunks, streamed.",
            options: "Timeouts, retries and validation for this call.",
            returns: operation.returnsRawAnswer
                ? "The answer's status and headers, and its bytes as they arrive (read them once)."
                : "The decoded answer.",
            throws: throwsText)
        var clientToken: String?
        if case .clientToken(let property) = operation.retrySafety { clientToken = property }
        return ClientMethodViewModel(
            access: access, client: client, method: operation.methodName, request: operation.request.name.qualified,
            response: operation.returnsRawAnswer ? "RawAnswerStream" : operation.response.name.qualified,
            error: operation.errorTypeName,
            actionLiteral: SwiftLiteral.string(spec.name), docLines: FieldDocumentation.comment(text, indent: 4),
            isIdempotent: operation.retrySafety.isIdempotent ? "true" : "false", clientTokenProperty: clientToken,
            isAnonymous: operation.isSentUnsigned,
            formParameters: formParameters(spec).map { argumentList($0, label: "formParameters") },
            headerParameters: headerParameters(spec).map { argumentList($0, label: "headerParameters") },
            roa: spec.path.map { path in
                ClientMethodViewModel.ROATarget(
                    methodLiteral: SwiftLiteral.string(spec.methods.first ?? "GET"),
                    pathLiteral: SwiftLiteral.string(path))
            }, hasRawBody: operation.rawBody != nil)
    }

    /// An OSS operation's method: the request, its raw body when it sends one, and the answer decoded from its
    /// XML document and headers (or its bytes streamed).
    static func ossMethod(_ operation: ResolvedOperation, client: String, access: String) -> OSSClientMethodViewModel {
        let spec = operation.spec
        let text = documentation(
            operation,
            body: "The bytes to send: from memory, a file, or any asynchronous sequence of chunks, streamed.",
            options: "Validation for this call (timeouts and attempts are the client's configuration's).",
            returns: operation.streamsAnswer
                ? "The answer's headers decoded, and its body as it arrives (read it once; a whole object's "
                    + "CRC-64 is checked at its end)."
                : "The decoded answer.",
            throws: "`RequestValidationError` before sending when the request breaks a documented rule;"
                + "\n  `\(operation.errorTypeName)` when OSS answers with an error; `OSSIntegrityError` when the CRC-64s"
                + "\n  differ; `CredentialsError`, `TimeoutError` or `TransportError` when the call cannot be made.")
        let headers = zip(operation.response.members, StructTranslator.jsonKeys(operation.response.members))
            .filter { $0.0.field.place == .header }
            .map { "\(SwiftLiteral.string($0.1)): \(SwiftLiteral.string($0.0.field.name))" }
        return OSSClientMethodViewModel(
            access: access, client: client, method: operation.methodName, request: operation.request.name.qualified,
            response: operation.response.name.qualified, error: operation.errorTypeName,
            actionLiteral: SwiftLiteral.string(spec.name), docLines: FieldDocumentation.comment(text, indent: 4),
            methodLiteral: SwiftLiteral.string(spec.methods.first ?? "GET"),
            pathLiteral: SwiftLiteral.string(spec.path ?? "/"),
            rawBody: operation.rawBody.map { OSSClientMethodViewModel.RawBody(isRequired: $0.required) },
            streamsAnswer: operation.streamsAnswer,
            responseHeaders: headers.isEmpty
                ? nil
                : ListLiteralViewModel(headers, indent: "            ", declaration: "responseHeaders: "),
            isIdempotent: operation.retrySafety.isIdempotent ? "true" : "false")
    }

    /// A client method's documentation, the one shape every style's methods share: the operation's name, title
    /// (unless it only repeats the name), summary and deprecation; its parameters (`body` when it sends a raw one);
    /// what it returns and throws; whether it is retried, whether it is signed, and where it was generated from.
    private static func documentation(
        _ operation: ResolvedOperation, body: String, options: String, returns: String, throws throwsText: String
    ) -> String {
        let spec = operation.spec
        var text = "`\(spec.name)`"
        if let title = spec.title, title != spec.name { text += ": \(title)" }
        if let summary = spec.summary { text += "\n\n\(summary)" }
        if spec.deprecated { text += "\n\n- Warning: the operation is deprecated." }
        text += "\n\n- Parameters:\n  - request: The parameters."
        if operation.rawBody != nil { text += "\n  - body: " + body }
        text += "\n  - options: " + options
        text += "\n- Returns: " + returns
        text += "\n- Throws: " + throwsText
        text += "\n\n" + RetryDocumentation.paragraph(operation.retrySafety)
        if operation.isSentUnsigned {
            text += "\n\nSent unsigned, as the documentation's security schemes say "
            text += "(\(spec.securitySchemes?.joined(separator: ", ") ?? "")): no credentials are asked for."
        }
        return text + "\n\nGenerated from \(spec.source)."
    }
}
