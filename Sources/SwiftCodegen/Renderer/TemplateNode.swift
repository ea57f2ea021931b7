/// One piece of a parsed template.
enum TemplateNode: Sendable {
    /// Text copied as it is; it holds at most one line break, at its end.
    case text([UInt8])
    /// `{{name}}` (escaped as the content type says) or `{{{name}}}` / `{{&name}}` (never escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    indirect case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`; `indentation` is set for a partial alone on its line, and prefixes each of its lines.
    case partial(String, indentation: [UInt8]?)
    /// `{{>*name}}`: the partial whose template name the value of `name` is.
    case dynamicPartial(TemplateName, indentation: [UInt8]?)
    /// `{{%CONTENT_TYPE:TEXT}}` or `{{%CONTENT_TYPE:HTML}}`: whether the rest of the template escapes HTML.
    case contentType(escapesHTML: Bool)
}

/// A name as a tag writes it: `.`, `a.b`, `.a` (the innermost context only), `empty(items)`, `last()`.
///
/// A class, so that visiting a node while rendering retains one object instead of each of the name's arrays
/// and strings; it never changes after the parser makes it.
final class TemplateName: Sendable {
    /// Where the first component is looked for.
    enum Scope: Sendable, Equatable {
        /// `.`: the innermost context itself.
        case current
        /// `.a.b`: the innermost context only.
        case innermost
        /// `a.b`: the innermost context that has `a`, then outwards.
        case stack
        /// `first()`, `last()`…: the position in the innermost list being rendered.
        case listPosition
    }

    let scope: Scope
    /// The dotted components, without empty ones.
    let components: [String]
    /// Transforms, outermost first: `a(b(c))` is `["a", "b"]`, applied from the last.
    let transforms: [String]
    /// The name as written, to compare a section's closing tag with its opening.
    let written: String

    init(scope: Scope, components: [String], transforms: [String], written: String) {
        self.scope = scope
        self.components = components
        self.transforms = transforms
        self.written = written
    }
}
