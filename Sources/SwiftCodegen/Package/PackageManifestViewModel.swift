import TemplateRendering

/// What `package-manifest.mustache` renders: the package of every generated product module.
struct PackageManifestViewModel: TemplateContext {
    struct RuntimeURL: TemplateContext {
        var url: String
        var version: String
    }

    var nameLiteral: String
    var specCount: Int
    /// The module names as a list literal, laid out as swift-format lays it out.
    var modules: ListLiteralViewModel
    /// `.package(path:)` of the runtime, as a string literal; nil when it comes from a URL.
    var runtimePath: String?
    var runtimeURL: RuntimeURL?
}
