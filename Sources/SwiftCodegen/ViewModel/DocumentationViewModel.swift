/// The DocC catalog's landing page: every text already escaped for Markdown, every name a DocC symbol path.
struct DocumentationCatalogViewModel: TemplateContext {
    var header: HeaderViewModel
    /// The module, the page's title symbol: `AliyunECS`.
    var module: String
    /// The client type: `ECSClient`.
    var client: String
    /// Product code, API version and style, as Markdown text.
    var product: String
    var version: String
    var style: String
    /// The Swift string literal of the region the page's example uses: the first documented one.
    var exampleRegionLiteral: String
    var endpoints: [EndpointViewModel]
    var groups: [OperationGroupViewModel]

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "header": header
        case "module": module
        case "client": client
        case "product": product
        case "version": version
        case "style": style
        case "exampleRegionLiteral": exampleRegionLiteral
        case "endpoints": endpoints
        case "groups": groups
        default: nil
        }
    }
}

/// A documented region and its host, each in Markdown code voice.
struct EndpointViewModel: TemplateContext {
    var region: String
    var host: String

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "region": region
        case "host": host
        default: nil
        }
    }
}

/// A topic group of the landing page: the directory path's titles, as Markdown text, and its operations.
struct OperationGroupViewModel: TemplateContext {
    var titles: [String]
    var operations: [OperationLinksViewModel]

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "titles": titles
        case "operations": operations
        default: nil
        }
    }
}

/// The symbol paths of one operation's client method and types.
struct OperationLinksViewModel: TemplateContext {
    /// `modifyImageAttribute`, a member of the client.
    var method: String
    var request: String
    var response: String
    var error: String

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "method": method
        case "request": request
        case "response": response
        case "error": error
        default: nil
        }
    }
}
