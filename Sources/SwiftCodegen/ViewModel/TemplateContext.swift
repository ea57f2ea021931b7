/// A view model the templates read: it names its own members, and each member says what kind of value it is,
/// so rendering neither reflects over it nor casts what it returns.
protocol TemplateContext: TemplateRepresentable {
    /// The member a template names, or nil when this context has none of that name (the renderer then looks in
    /// the enclosing contexts).
    func child(named name: String) -> (any TemplateRepresentable)?
}

extension TemplateContext {
    var templateValue: TemplateValue { .context(self) }
}

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
    /// Module names, sorted.
    var imports: [String]
    var declarations: [DeclarationViewModel]

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "header": header
        case "imports": imports
        case "hasImports": !imports.isEmpty
        case "declarations": declarations
        default: nil
        }
    }
}

/// One top-level declaration of a file and the template (partial) that renders it.
struct DeclarationViewModel: TemplateContext {
    /// `struct`, `enum`, `query-coding`, `validation`, `operation-error`, `client-method`, ….
    var template: String
    var content: any TemplateContext

    func child(named name: String) -> (any TemplateRepresentable)? {
        name == "template" ? template : content.child(named: name)
    }
}

/// What every file's header shows.
struct HeaderViewModel: TemplateContext {
    var generator: String
    /// The specs, by paths relative to the package (or the config file).
    var sources: [String]

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "generator": generator
        case "sources": sources
        default: nil
        }
    }
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
        isMultiline = !elements.isEmpty && indent.count + declaration.count + inline > 120
    }

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "elements": elements
        case "isMultiline": isMultiline
        case "indent": indent
        case "emptyLiteral": emptyLiteral
        default: nil
        }
    }
}
