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
    /// The modules of a style that has a runtime of its own (``StyleRuntime``), which they depend on as well.
    struct StyleModules: TemplateContext {
        /// A sentence saying what they are.
        var summary: String
        /// The manifest's variable for their list (`ossModules`).
        var variable: String
        /// The runtime's product name, as a string literal.
        var runtimeLiteral: String
        /// Their names as a list literal, laid out as swift-format lays it out.
        var modules: ListLiteralViewModel
    }

    /// Each style runtime's modules, in the order the runtimes first appear; empty when none.
    var styleModules: [StyleModules]
    /// The traits of swift-aliyun-codegen asked for, as a list literal (`[]`, `["LogService"]`): only what the modules'
    /// runtimes need (``RuntimePackageTraits``), so that nothing else of that package's dependencies is resolved.
    var traits: String = "[]"
    /// `.package(path:)` of the runtime, as a string literal; nil when it comes from a URL.
    var runtimePath: String?
    var runtimeURL: RuntimeURL?
}
