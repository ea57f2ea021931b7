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
    /// The modules of OSS-style APIs, which depend on the OSS runtime as well, as a list literal; nil when none.
    var ossModules: ListLiteralViewModel?
    /// `.package(path:)` of the runtime, as a string literal; nil when it comes from a URL.
    var runtimePath: String?
    var runtimeURL: RuntimeURL?
}
