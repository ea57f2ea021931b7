import TemplateRendering

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
}

/// A documented region and its host, each in Markdown code voice.
struct EndpointViewModel: TemplateContext {
    var region: String
    var host: String
}

/// A topic group of the landing page: the directory path's titles, as Markdown text, and its operations.
struct OperationGroupViewModel: TemplateContext {
    var titles: [String]
    var operations: [OperationLinksViewModel]
}

/// The symbol paths of one operation's client method and types.
struct OperationLinksViewModel: TemplateContext {
    /// `modifyImageAttribute`, a member of the client.
    var method: String
    var request: String
    var response: String
    var error: String
}
