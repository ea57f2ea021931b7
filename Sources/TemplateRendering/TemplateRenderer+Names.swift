extension TemplateRenderer {
    /// The value a tag's name stands for; ``TemplateValue/absent`` when the contexts that have it have no value.
    ///
    /// - Throws: ``TemplateError`` when no context on the stack has the name, a dotted name goes into what is not
    ///   an object or into an object without the member, or a transform does not apply to the value.
    func resolve(_ name: TemplateName, position: ListPosition?) throws(TemplateError) -> TemplateValue {
        var value: TemplateValue
        switch name.scope {
        case .current:
            value = stack.last ?? .absent
        case .innermost:
            value = try lookUp(name.components.indices, in: stack.last ?? .absent, name)
        case .stack:
            value = try lookUpOnStack(name)
        case .listPosition:
            guard let position else { return .absent }
            return .flag(name.transform == .first ? position.index == 0 : position.index == position.count - 1)
        }
        guard name.transform == .empty else { return value }
        switch value {
        case .absent: return .absent
        case .list(let elements): return .flag(elements.isEmpty)
        case .text(let text): return .flag(text.isEmpty)
        case .flag, .object: throw failure("\(name.written): empty() takes a list or text", line: name.line)
        }
    }

    /// The first component in the innermost context that has it with a value, then the rest inside that value.
    private func lookUpOnStack(_ name: TemplateName) throws(TemplateError) -> TemplateValue {
        let first = name.components[0]
        var known = false
        // Innermost first, by index: no reversed copy of the stack.
        var index = stack.endIndex
        while index != stack.startIndex {
            index -= 1
            guard case .object(let object) = stack[index], let found = object.member(named: first, hash: name.hashes[0])
            else { continue }
            guard case .absent = found else {
                return name.components.count == 1
                    ? found : try lookUp(name.components.indices.dropFirst(), in: found, name)
            }
            known = true
        }
        guard known else {
            throw failure("no context has a member named \"\(first)\" ({{\(name.written)}})", line: name.line)
        }
        return .absent
    }

    /// The value of the name's dotted components at `components` inside `value`.
    private func lookUp(_ components: Range<Int>, in value: TemplateValue, _ name: TemplateName)
        throws(TemplateError) -> TemplateValue
    {
        var value = value
        for index in components {
            let component = name.components[index]
            switch value {
            case .absent:
                return .absent
            case .object(let object):
                guard let member = object.member(named: component, hash: name.hashes[index]) else {
                    throw failure("no member named \"\(component)\" ({{\(name.written)}})", line: name.line)
                }
                value = member
            case .text, .flag, .list:
                throw failure(
                    "\(name.written): no member named \"\(component)\" in what is not an object", line: name.line)
            }
        }
        return value
    }
}
