/// One piece of a parsed template.
enum TemplateNode: Sendable {
    /// Text copied as it is; it holds at most one line break, at its end.
    case text([UInt8])
    /// `{{name}}`, `{{{name}}}` or `{{&name}}`: the value's text, never escaped.
    case variable(TemplateName)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    indirect case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`.
    case partial(PartialTag)
    /// `{{>*name}}`: the partial whose template name the value of `name` is.
    case dynamicPartial(TemplateName, indentation: [UInt8]?)
}

/// A `{{> name}}` tag. A class, so that a node stays one word, copied by a retain.
final class PartialTag: Sendable {
    let name: String
    /// The template's index among the engine's, nil when none has the name.
    let index: Int?
    /// Set for a partial alone on its line: it prefixes each line the partial writes.
    let indentation: [UInt8]?
    /// The template line of the tag, for errors.
    let line: Int

    init(name: String, index: Int?, indentation: [UInt8]?, line: Int) {
        self.name = name
        self.index = index
        self.indentation = indentation
        self.line = line
    }
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
        /// `first()`, `last()`: the position in the innermost list being rendered.
        case listPosition
    }

    /// A transform of the value or of the list position.
    enum Transform: String, Sendable {
        /// `empty(name)`: whether a list or text is empty.
        case empty
        /// `first()`: whether the element is the list's first.
        case first
        /// `last()`: whether the element is the list's last.
        case last
    }

    let scope: Scope
    /// The dotted components, without empty ones.
    let components: [String]
    /// Each component's ``MemberNames/hash(_:)``.
    let hashes: [UInt64]
    /// The transform, if any.
    let transform: Transform?
    /// The name as written, to compare a section's closing tag with its opening, and for errors.
    let written: String
    /// The template line of the tag, for errors.
    let line: Int

    init(scope: Scope, components: [String], transform: Transform?, written: String, line: Int) {
        self.scope = scope
        self.components = components
        hashes = components.map(MemberNames.hash)
        self.transform = transform
        self.written = written
        self.line = line
    }
}
