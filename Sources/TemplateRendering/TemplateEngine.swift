/// Renders parsed templates against contexts, into UTF-8 bytes.
///
/// The rules are those of Mustache as swift-mustache renders them, strictly: a name is looked for in the
/// innermost context that has it with a value, then outwards, and a name that no context on the stack has, not
/// even as an absent (nil) member, is an error naming the template, the line and the name, as is a partial that
/// does not exist. A section over a list renders once per element, over a flag when it is true, over anything
/// else once with it as the innermost context. Values are written as they are, never HTML-escaped.
public struct TemplateEngine: Sendable {
    /// The templates' names, sorted.
    let names: [String]
    /// Each template's index in ``names`` and ``bodies``.
    let indices: [String: Int]
    /// The parsed templates, in the order of ``names``.
    let bodies: [[TemplateNode]]

    /// Parses every template; partials refer to each other by name.
    ///
    /// - Throws: ``TemplateError`` at the line of the first tag that does not parse, templates taken by name.
    public init(templates texts: [String: String]) throws(TemplateError) {
        names = texts.keys.sorted()
        indices = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var bodies: [[TemplateNode]] = []
        for name in names {
            do {
                bodies.append(try TemplateParser.parse(texts[name] ?? "", templates: indices))
            } catch {
                throw TemplateError(template: name, line: error.line, message: error.message)
            }
        }
        self.bodies = bodies
    }

    /// Whether a template has the name.
    public func hasTemplate(named name: String) -> Bool {
        indices[name] != nil
    }

    /// The text of `template` rendered with `context`.
    ///
    /// - Throws: ``TemplateError`` when no template has the name, a tag names what no context has, or the
    ///   context cannot be encoded.
    public func render(_ template: String, context: some TemplateContext) throws(TemplateError) -> [UInt8] {
        let value: TemplateValue
        do {
            value = try TemplateValue(encoding: context)
        } catch {
            throw TemplateError(template: template, line: nil, message: "the context cannot be encoded: \(error)")
        }
        return try render(template, value: value)
    }

    /// The text of `template` rendered with `value` as its outermost context.
    ///
    /// - Throws: ``TemplateError`` when no template has the name or a tag names what no context has.
    public func render(_ template: String, value: TemplateValue) throws(TemplateError) -> [UInt8] {
        guard let index = indices[template] else {
            throw TemplateError(template: template, line: nil, message: "no template has this name")
        }
        var renderer = TemplateRenderer(engine: self, template: index, stack: [value])
        try renderer.render(bodies[index], position: nil, indentation: [])
        return renderer.bytes
    }
}
