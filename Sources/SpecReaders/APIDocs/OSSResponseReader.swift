import SpecIR

/// Reads the successful answer of an OSS-style operation: an XML document, raw bytes, or nothing, and the
/// headers the answer carries.
///
/// The document's schema is an object with one property, the root element (`ListBucketResult`), whose
/// members are the answer's fields (written in place, or a shared type: ``Response/reference``). A schema of
/// `format: binary` is the object's content, streamed (``Response/isRawBody``). The answer's headers are read
/// from the status's `headers` object (`{"ETag": {"schema": {…}, "description": …}}`, the parameters' shape),
/// which OSS's metadata leaves out and the spec overlay adds; each is a field placed in `header`.
enum OSSResponseReader {
    static func read(
        _ node: JSONNode?, operation: String, context: inout APIDocsContext
    ) throws(DiagnosticError) -> Response {
        guard let node else { return Response() }
        let statuses = try context.object(node, "\(operation).responses")
        guard
            let success = statuses.first(where: { $0.key == "200" }) ?? statuses.first(where: { $0.key.hasPrefix("2") })
        else { return Response() }
        var response = Response()
        let headers = try readHeaders(success.value["headers"], operation: operation, context: &context)
        if let schema = success.value["schema"] {
            var schemaReader = APIDocsSchemaReader(context: context)
            let root = try schemaReader.field(name: "", schema: schema, position: success.position, depth: 1)
            context = schemaReader.context
            if root.type == .binary || root.type == .string {
                response.isRawBody = true
            } else if root.reference == nil, root.type == .object, root.children.count == 1 {
                let element = root.children[0]
                response.xmlRoot = element.name
                response.reference = element.reference
                response.fields = element.reference == nil ? element.children : []
            } else if let reference = root.reference {
                response.reference = reference
            } else {
                context.warn(
                    "\(operation)'s answer is not an XML document of one root element, nor raw bytes; its body is not read",
                    at: success.position)
            }
        }
        let checked = FieldNameChecks.check(response.fields + headers, path: "\(operation).response")
        context.diagnostics += checked.diagnostics
        response.fields = checked.fields
        return response
    }

    private static func readHeaders(
        _ node: JSONNode?, operation: String, context: inout APIDocsContext
    ) throws(DiagnosticError) -> [Field] {
        guard let node else { return [] }
        var fields: [Field] = []
        for entry in try context.object(node, "\(operation).responses headers") {
            guard let schema = entry.value["schema"] else {
                throw context.error("response header \"\(entry.key)\" has no \"schema\"", at: entry.position)
            }
            var schemaReader = APIDocsSchemaReader(context: context)
            var field = try schemaReader.field(name: entry.key, schema: schema, position: entry.position, depth: 1)
            context = schemaReader.context
            if field.description.isEmpty, let description = entry.value["description"]?.text {
                field.description = DescriptionFacts(markdown: description).text
            }
            field.placement = .header
            fields.append(field)
        }
        return fields
    }
}
