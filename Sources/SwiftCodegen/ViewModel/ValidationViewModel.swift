/// The `validate()` of a request or nested value.
struct ValidationViewModel: TemplateContext {
    /// The checks of one member.
    struct Member: TemplateContext {
        var property: String
        var wireLiteral: String
        var isOptional: Bool
        /// Rules documented but left to the server, one comment line each.
        var notes: [String]
        var checks: [CheckViewModel]
        /// `"Features."`: the member is an object validated with this prefix.
        var nestedPrefixLiteral: String?
        /// Checks on each element of a list.
        var element: Element?
        /// Whether anything is checked (otherwise only notes are written).
        var hasChecks: Bool { !checks.isEmpty || nestedPrefixLiteral != nil || element != nil }
        /// The indentation of the member's statements: deeper inside `if let`.
        var indent: String { String(repeating: " ", count: isOptional ? 12 : 8) }

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "property": property
            case "wireLiteral": wireLiteral
            case "isOptional": isOptional
            case "notes": notes
            case "checks": checks
            case "nestedPrefixLiteral": nestedPrefixLiteral
            case "element": element
            case "hasChecks": hasChecks
            case "indent": indent
            default: nil
            }
        }
    }

    /// The checks on each element of a list.
    struct Element: TemplateContext {
        var checks: [CheckViewModel]
        /// Whether elements are objects with a `validate(into:prefix:)` of their own.
        var validatesObject: Bool

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "checks": checks
            case "validatesObject": validatesObject
            default: nil
            }
        }
    }

    /// A documented rule the checks refer to by name.
    struct Rule: TemplateContext {
        var name: String
        var documentationLiteral: String
        var errorCodeLiteral: String
        /// `stable` or `volatile`: the runtime's `RuleTrust` case.
        var trust: String

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "name": self.name
            case "documentationLiteral": documentationLiteral
            case "errorCodeLiteral": errorCodeLiteral
            case "trust": trust
            default: nil
            }
        }
    }

    var access: String
    var qualifiedName: String
    /// Whether this is the top-level request, which gets `validate()`.
    var isRequest: Bool
    var operationLiteral: String
    var members: [Member]
    var rules: [Rule]

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "access": access
        case "qualifiedName": qualifiedName
        case "isRequest": isRequest
        case "operationLiteral": operationLiteral
        case "members": members
        case "rules": rules
        default: nil
        }
    }
}

/// One `validator.check…(…)` call.
struct CheckViewModel: TemplateContext {
    /// One argument before `path:` and `rule:`.
    struct Argument: TemplateContext {
        var label: String?
        /// A Swift expression or literal; nil when ``list`` holds the value.
        var value: String?
        var list: ListLiteralViewModel?

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "label": label
            case "value": value
            case "list": list
            default: nil
            }
        }
    }

    /// `checkLength`, `checkRange`, ….
    var method: String
    var arguments: [Argument]
    /// The member's wire name as a literal.
    var pathLiteral: String
    /// Whether the path continues with the element's index (`Tag.1`).
    var isElement: Bool
    /// The rule's name in the `Rules` enum.
    var rule: String
    /// The call's indentation.
    var indent: String

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "method": method
        case "arguments": arguments
        case "pathLiteral": pathLiteral
        case "isElement": isElement
        case "rule": rule
        case "indent": indent
        default: nil
        }
    }
}
