import TemplateRendering

/// One generated file: its path inside the output directory, the template that renders it, and the
/// context the template sees.
public struct FileViewModel: Sendable {
    /// Path relative to the output directory, with `/` separators.
    public var path: String
    /// The template's name in `Templates/`, without `.mustache`.
    public var template: String
    /// The context object (a view-model struct).
    var context: any TemplateContext

    init(path: String, template: String, context: any TemplateContext) {
        self.path = path
        self.template = template
        self.context = context
    }
}

/// A Swift source file: the header, the imports and the declarations, each rendered by its template.
struct SourceFileViewModel: TemplateContext {
    var header: HeaderViewModel
    /// Modules re-exported (`@_exported import`), sorted: the runtimes, from the public client's file, so that an
    /// app importing the SDK module has the runtime's types without depending on its package itself.
    var exportedImports: [String] = []
    /// Module names, sorted.
    var imports: [String]
    var declarations: [DeclarationViewModel]

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(!imports.isEmpty || !exportedImports.isEmpty, forKey: "hasImports")
    }
}

/// One top-level declaration of a file and the template (partial) that renders it: its members are the
/// content's, and `template`.
struct DeclarationViewModel: TemplateContext {
    /// `struct`, `enum`, `query-coding`, `validation`, `operation-error`, `client-method`, ….
    var template: String
    var content: any TemplateContext

    func encode(to encoder: any Encoder) throws {
        try encoder.encodeMembers(of: content)
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(template, forKey: "template")
    }
}

/// What every file's header shows.
struct HeaderViewModel: TemplateContext {
    var generator: String
    /// The specs, by paths relative to the package (or the config file).
    var sources: [String]
}

/// A collection literal: `[a, b]` on the declaration's line when it fits in 120 columns, else one
/// element per line with trailing commas, as swift-format lays collections out.
struct ListLiteralViewModel: TemplateContext {
    /// The elements, each already a Swift expression or literal.
    var elements: [String]
    var isMultiline: Bool
    /// The indentation of the line the literal starts on.
    var indent: String
    /// `[]` or `[:]`.
    var emptyLiteral: String

    /// Lays out `elements` after `declaration` (the text before the literal on its line).
    init(_ elements: [String], indent: String, declaration: String, emptyLiteral: String = "[]") {
        self.elements = elements
        self.indent = indent
        self.emptyLiteral = emptyLiteral
        let inline = 2 + elements.reduce(0) { $0 + $1.count } + max(0, elements.count - 1) * 2
        isMultiline = !elements.isEmpty && !LineWidth.fits(indent.count + declaration.count + inline)
    }
}
