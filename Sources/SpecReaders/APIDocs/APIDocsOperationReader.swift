import SpecIR

/// Reads one `apis.{Name}` entry.
///
/// Resolutions of the corpus's traps, each reported as a warning: repeated and case-colliding
/// names as ``FieldNameChecks`` says; an error-code key that is not an HTTP status (`4003`): its rows are kept with no
///   `httpStatus` and the key in `declaredStatus`.
struct APIDocsOperationReader {
    var context: APIDocsContext
    let product: String
    /// `info.style`: only the `path` of a style that has paths is read (``ServiceStyle/hasPaths``); an OSS answer is an
    /// XML document or raw bytes.
    var style = ServiceStyle.rpc

    mutating func read(
        name: String, node: JSONNode, position: TextPosition, authorization: [Authorization]?
    ) throws(DiagnosticError) -> OperationSpec {
        _ = try context.object(node, "apis.\(name)")
        var operation = OperationSpec(name: name, source: context.location(position))
        operation.title = nonEmpty(node["title"]?.text)
        operation.summary = nonEmpty(node["summary"]?.text).map { DescriptionFacts(markdown: $0).text }
        operation.methods = (node["methods"]?.elements ?? []).compactMap { $0.text?.uppercased() }
        operation.consumes = (node["consumes"]?.elements ?? []).compactMap(\.text)
        operation.securitySchemes = node["security"]?.elements.map { entries in
            entries.flatMap { $0.members?.map(\.key) ?? [] }
        }
        operation.deprecated = node["deprecated"]?.bool ?? false
        operation.authorization = authorization ?? derivedAuthorization(name: name, node: node)
        operation.parameters = try readParameters(node["parameters"], operation: name)
        operation.parameters = SecuritySchemeHeaders.adding(
            to: operation.parameters, schemes: operation.securitySchemes ?? [], at: context.location(position))
        for parameter in operation.parameters where parameter.placement == .host && !style.placesHostParameters {
            context.warn(
                "\(name) places \(parameter.name) in the host; its official SDK sends it nowhere (the endpoint carries "
                    + "it), and so does the generated client: give the endpoint that includes it",
                at: position)
        }
        if style.hasPaths, let path = node["path"], let text = path.text {
            operation.path = ROAPathTemplate.normalise(
                text, parameters: operation.parameters, operation: name, at: path.position, context: &context)
        }
        operation.response =
            style == .oss
            ? try OSSResponseReader.read(node["responses"], operation: name, context: &context)
            : try readResponse(node["responses"], operation: name)
        if operation.response.fields.isEmpty, operation.response.reference == nil,
            Self.producesOnlyBytes(node["produces"])
        {
            // No document described and only media types that are not documents produced (Function Compute's
            // InvokeFunction, octet-stream; Log Service's PullLogs, protobuf): the answer is bytes, never dropped.
            operation.response.isRawBody = true
        }
        operation.response.example = readExample(node["responseDemo"], operation: name)
        operation.errors = try readErrors(node["errorCodes"])
        if operation.errors.isEmpty { operation.errors = tableErrors(node["extraInfo"]) }
        return operation
    }

    /// Whether `produces` names media types and none of them is a document this runtime decodes (JSON, XML).
    static func producesOnlyBytes(_ node: JSONNode?) -> Bool {
        let types = (node?.elements ?? []).compactMap { $0.text?.lowercased() }
        return !types.isEmpty && !types.contains { $0.contains("json") || $0.contains("xml") }
    }

    /// The JSON example of `responseDemo`: a string holding a JSON array of `{"type": "json", "example": …}`
    /// entries. An example that is not valid JSON is dropped with a warning, so that servers never answer
    /// with it.
    private mutating func readExample(_ node: JSONNode?, operation: String) -> String? {
        guard let node, let text = node.text, !text.isEmpty else { return nil }
        guard let entries = (try? JSONParser.parse(Array(text.utf8)))?.elements else {
            context.warn("\(operation).responseDemo is not a JSON array; it is ignored", at: node.position)
            return nil
        }
        guard let example = entries.first(where: { $0["type"]?.text == "json" })?["example"]?.text,
            !example.allSatisfy(\.isWhitespace)
        else { return nil }
        guard JSONObjectCheck.isObject(example) else {
            context.warn(
                "\(operation).responseDemo's JSON example is not a JSON object; it is ignored", at: node.position)
            return nil
        }
        return example
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// Without `ramActions`, the RAM action follows the product's convention `product:Action`.
    private func derivedAuthorization(name: String, node: JSONNode) -> [Authorization] {
        [
            Authorization(
                action: "\(product.lowercased()):\(name)",
                accessLevel: node["systemTags"]?["operationType"]?.text)
        ]
    }

    private mutating func readParameters(
        _ node: JSONNode?, operation: String
    ) throws(DiagnosticError) -> [Field] {
        guard let node else { return [] }
        var parameters: [Field] = []
        for entry in try context.array(node, "\(operation).parameters") {
            let name = try context.requiredText(entry, "name", "parameter name")
            guard let schema = entry["schema"] else {
                throw context.error("parameter \"\(name)\" has no \"schema\"", at: entry.position)
            }
            var schemaReader = APIDocsSchemaReader(context: context)
            var field = try schemaReader.field(name: name, schema: schema, position: entry.position, depth: 1)
            context = schemaReader.context
            field.placement = entry["in"]?.text.map(ParameterPlacement.init(rawValue:))
            if let style = entry["style"]?.text {
                if let parsed = ParameterStyle(rawValue: style) {
                    field.style = parsed
                } else {
                    context.warn(
                        "unknown style \"\(style)\" of parameter \"\(name)\"; it is ignored", at: entry.position)
                }
            }
            parameters.append(field)
        }
        parameters = BodyParameters.arrange(parameters)
        let checked = FieldNameChecks.check(parameters, path: operation)
        context.diagnostics += checked.diagnostics
        return checked.fields
    }

    private mutating func readResponse(
        _ node: JSONNode?, operation: String
    ) throws(DiagnosticError) -> Response {
        guard let node else { return Response() }
        let statuses = try context.object(node, "\(operation).responses")
        guard
            let success = statuses.first(where: { $0.key == "200" }) ?? statuses.first(where: { $0.key.hasPrefix("2") })
        else { return Response() }
        guard let schema = success.value["schema"] else { return Response() }
        var schemaReader = APIDocsSchemaReader(context: context)
        let root = try schemaReader.field(name: "", schema: schema, position: success.position, depth: 1)
        context = schemaReader.context
        let checked = FieldNameChecks.check(root.children, path: "\(operation).response")
        context.diagnostics += checked.diagnostics
        var response = Response(fields: checked.fields)
        response.reference = root.reference
        if root.type == .binary {
            // Bytes, not a document (Function Compute's InvokeFunction): handed over as they come.
            response.fields = []
            response.isRawBody = true
        } else if root.reference == nil, root.type != .object {
            // An answer that is a list or a scalar: one member, `body`, holds all of it.
            response.fields = [root.asWholeBody]
        }
        return response
    }

    /// The errors of the Markdown tables in `extraInfo` (``ExtraInfoErrorTable``), located at that member: for
    /// metadata that documents its errors only there.
    private func tableErrors(_ node: JSONNode?) -> [DocumentedError] {
        guard let node, let text = node.text, !text.isEmpty else { return [] }
        return ExtraInfoErrorTable.rows(in: text).map { row in
            DocumentedError(
                httpStatus: row.status, declaredStatus: row.declaredStatus, code: row.code, message: row.message,
                description: DescriptionFacts(markdown: row.description).text, source: context.location(node.position))
        }
    }

    private mutating func readErrors(_ node: JSONNode?) throws(DiagnosticError) -> [DocumentedError] {
        guard let node else { return [] }
        var errors: [DocumentedError] = []
        for group in try context.object(node, "errorCodes") {
            let status = Int(group.key).flatMap { (100...599).contains($0) ? $0 : nil }
            if status == nil {
                context.warn(
                    "error-code key \"\(group.key)\" is not an HTTP status; its rows are kept without one",
                    at: group.position)
            }
            for row in try context.array(group.value, "errorCodes.\(group.key)") {
                let code = try context.requiredText(row, "errorCode", "errorCode")
                errors.append(
                    DocumentedError(
                        httpStatus: status,
                        declaredStatus: status == nil ? group.key : nil,
                        code: code,
                        message: row["errorMessage"]?.text ?? "",
                        description: DescriptionFacts(markdown: row["description"]?.text ?? "").text,
                        source: context.location(row.position)))
            }
        }
        return errors
    }
}
