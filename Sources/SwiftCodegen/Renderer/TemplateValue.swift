/// What a name in a template resolves to: text, a flag, a context with names of its own, or a list.
///
/// View models hand the renderer these through ``TemplateRepresentable``, so a look-up never casts
/// dynamically: each value says what it is.
enum TemplateValue {
    /// Text, printed by `{{name}}`; a section over it renders once with the text as its context.
    case text(String)
    /// A flag: a section renders when it is true, an inverted section when it is false.
    case flag(Bool)
    /// An object whose names the template reads.
    case context(any TemplateContext)
    /// A list: a section renders once per element, an inverted section when it is empty.
    case list(any TemplateList)
}

/// A list's elements, each made a ``TemplateValue`` only when the renderer reaches it (a view model's array is
/// not copied).
protocol TemplateList: Sendable {
    /// How many elements.
    var count: Int { get }
    /// The element at `index`, from 0.
    func element(at index: Int) -> TemplateValue
}

extension Array: TemplateList where Element: TemplateRepresentable {
    func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

extension TemplateValue: TemplateRepresentable {
    var templateValue: TemplateValue { self }
}

/// A value a view model can hand a template.
protocol TemplateRepresentable: Sendable {
    /// The value as the renderer sees it.
    var templateValue: TemplateValue { get }
}

extension String: TemplateRepresentable {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateRepresentable {
    var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateRepresentable {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    var templateValue: TemplateValue { .list(self) }
}
