import SpecIR

/// Reads an Alibaba Cloud API documentation page (zh-CN or en) with libxml2.
///
/// The page's markup contract is documented in `docs/html-spec-format.md`: `<meta name="acs-*">`
/// for product, version, style and methods; `<h1>Name - Title</h1>`; `<h2>` section headings;
/// the first top-level table after each heading; rows nested by `data-level`.
enum HTMLSpecReader {
    static func read(_ input: SpecInput) throws(DiagnosticError) -> ReadResult {
        guard let document = HTMLDocument(bytes: input.bytes, url: input.path), document.root != nil else {
            throw DiagnosticError("libxml2 could not parse the file as HTML", at: input.location(line: 1))
        }
        var page = HTMLPage(document: document, input: input)
        return try page.read()
    }
}

/// The state of reading one page.
struct HTMLPage {
    let document: HTMLDocument
    let input: SpecInput
    var diagnostics: [Diagnostic] = []

    init(document: HTMLDocument, input: SpecInput) {
        self.document = document
        self.input = input
    }

    mutating func warn(_ message: String, line: Int) {
        diagnostics.append(Diagnostic(.warning, message, at: input.location(line: line)))
    }

    mutating func read() throws(DiagnosticError) -> ReadResult {
        let meta = metadata()
        let sections = sectionTables()
        guard let requestTable = sections[.requestParameters] else {
            throw DiagnosticError(
                "no request-parameter table: expected a table after a heading 请求参数 or Request parameters",
                at: input.location(line: 1))
        }
        var authorization: [Authorization] = []
        if let table = sections[.authorization] {
            authorization = try HTMLAuthorizationTable.read(
                table, in: document, input: input, diagnostics: &diagnostics)
        }
        let heading = document.nodes("//h1").first
        let (name, title) = try operationName(heading: heading, authorization: authorization)
        var operation = OperationSpec(name: name, title: title, source: input.location(line: heading?.line ?? 1))
        operation.summary = document.nodes("//p[contains(concat(' ', normalize-space(@class), ' '), ' summary ')]")
            .first.map { DescriptionText.render(HTMLBlocks.blocks(of: $0)) }
        operation.deprecated =
            heading.map { !document.nodes(".//*[contains(@class, 'deprecated')]", relativeTo: $0).isEmpty } ?? false
        operation.authorization = authorization
        operation.methods = (meta["acs-http-methods"] ?? "").split(separator: ",").map {
            InlineText.fold($0).uppercased()
        }.filter { !$0.isEmpty }
        if operation.methods.isEmpty {
            warn("no <meta name=\"acs-http-methods\">; the operation lists no HTTP methods", line: 1)
        }
        var fieldReader = HTMLFieldTable(document: document, input: input)
        let parameters = FieldNameChecks.check(
            try fieldReader.read(requestTable, what: "request-parameter", hasRequiredColumn: true), path: name)
        operation.parameters = parameters.fields
        diagnostics += fieldReader.diagnostics + parameters.diagnostics
        if let responseTable = sections[.responseParameters] {
            var responseReader = HTMLFieldTable(document: document, input: input)
            var fields = try responseReader.read(responseTable, what: "response-parameter", hasRequiredColumn: false)
            if fields.count == 1, fields[0].name.isEmpty, fields[0].type == .object { fields = fields[0].children }
            let checked = FieldNameChecks.check(fields, path: "\(name).response")
            operation.response = Response(fields: checked.fields)
            diagnostics += responseReader.diagnostics + checked.diagnostics
        }
        operation.response.example = successExample()
        if let errorTable = sections[.errorCodes] {
            operation.errors = try HTMLErrorTable.read(
                errorTable, in: document, input: input, diagnostics: &diagnostics)
        }
        let style = meta["acs-api-style"].map(ServiceStyle.init(rawValue:)) ?? .rpc
        operation.parameters = RPCParameterDefaults.apply(to: operation.parameters, style: style)
        let product = meta["acs-product"] ?? productFromAction(authorization)
        guard product.isEmpty || Self.isProductCode(product) else {
            throw DiagnosticError(
                "product \"\(product)\" is not a product code (letters, digits, _ and -)", at: input.location(line: 1))
        }
        let service = ServiceSpec(
            product: product,
            version: meta["acs-api-version"] ?? "",
            style: style,
            operations: [operation])
        if meta["acs-api-version"] == nil {
            warn("no <meta name=\"acs-api-version\">; the API version is left empty", line: 1)
        }
        return ReadResult(service: service, diagnostics: diagnostics)
    }

    /// The JSON code block under the first heading that introduces a successful answer's example, when it
    /// holds a JSON object; as the api-docs reader keeps `responseDemo`'s JSON example.
    private func successExample() -> String? {
        for heading in document.nodes("//h2 | //h3 | //h4")
        where HTMLVocabulary.successExampleHeadings.contains(InlineText.fold(heading.text).lowercased()) {
            guard let code = document.nodes("following::code[contains(@class, 'json')][1]", relativeTo: heading).first
            else { continue }
            var text = ""  // as written: an example's line breaks and indentation are kept
            code.appendText(to: &text, skipping: { _ in false })
            guard JSONObjectCheck.isObject(text) else { continue }
            return text
        }
        return nil
    }

    /// `<meta name=… content=…>` pairs; the first of a name wins.
    private func metadata() -> [String: String] {
        var result: [String: String] = [:]
        for node in document.nodes("//meta[@name and @content]") {
            guard let name = node.attribute("name")?.lowercased(), result[name] == nil else { continue }
            result[name] = InlineText.fold(node.attribute("content") ?? "")
        }
        return result
    }

    /// The first top-level table after each recognised section heading.
    private func sectionTables() -> [HTMLVocabulary.Section: HTMLNode] {
        var tables: [HTMLVocabulary.Section: HTMLNode] = [:]
        var current: HTMLVocabulary.Section?
        let nodes = document.nodes("//h1 | //h2 | //h3 | //h4 | //table[not(ancestor::table)]")
        for node in nodes {
            if node.name == "table" {
                if let section = current, tables[section] == nil { tables[section] = node }
                current = nil
            } else if let section = HTMLVocabulary.section(forHeading: node.text) {
                current = section
            } else if node.name == "h1" || node.name == "h2" {
                current = nil
            }
        }
        return tables
    }

    /// `Name - Title` from the `<h1>`; without one, the action of the authorization table.
    private func operationName(
        heading: HTMLNode?, authorization: [Authorization]
    ) throws(DiagnosticError) -> (String, String?) {
        if let heading {
            let text = heading.text
            for separator in [" - ", " – ", " — ", "-"] {
                if let range = text.range(of: separator) {
                    let name = InlineText.fold(text[..<range.lowerBound])
                    let title = InlineText.fold(text[range.upperBound...])
                    if Self.isOperationName(name) { return (name, title.isEmpty ? nil : title) }
                }
            }
            if Self.isOperationName(text) { return (text, nil) }
        }
        if let action = authorization.first?.action, let colon = action.firstIndex(of: ":") {
            let name = String(action[action.index(after: colon)...])
            if Self.isOperationName(name) { return (name, heading.map(\.text)) }
        }
        throw DiagnosticError(
            "no operation name: expected <h1>OperationName - Title</h1>", at: input.location(line: heading?.line ?? 1))
    }

    /// An identifier: an ASCII letter, then ASCII letters, digits or `_`.
    /// A product code: an ASCII letter, then ASCII letters, digits, `_` and `-` (`waf-openapi`,
    /// `Cloudauth-intl`), never ending in `-`. Generated names are derived from it, never pasted.
    static func isProductCode(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter, text.last != "-" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }

    static func isOperationName(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// `ecs:ModifyImageAttribute` → `Ecs` when the page carries no product metadata.
    private func productFromAction(_ authorization: [Authorization]) -> String {
        guard let action = authorization.first?.action, let colon = action.firstIndex(of: ":") else { return "" }
        let code = action[..<colon]
        return code.prefix(1).uppercased() + code.dropFirst()
    }
}
