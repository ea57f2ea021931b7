import SpecIR

/// One operation as a subcommand: its options and how each request argument is built from them.
struct ResolvedCommand: Sendable {
    /// `ModifyImageAttributeCommand`.
    var typeName: String
    /// `modify-image-attribute`.
    var name: String
    var options: [CommandOption]
    /// One per top-level request member, in member order.
    var arguments: [CommandArgument]
    /// The `--body` option of a ROA operation with body members: a JSON object whose members fill the
    /// body members no option of their own gave (as aliyun-cli's `--body`); nil for other operations.
    var bodyDocument: Int? = nil
}

/// One command-line option.
struct CommandOption: Sendable {
    enum Kind: Sendable {
        /// One value; the option's Swift type is the value's scalar type (open enums read as strings).
        case scalar
        /// Repeatable; defaults to empty.
        case list
        /// One JSON text, decoded into the member's type.
        case json
        /// The whole JSON body as one document (``ResolvedCommand/bodyDocument``).
        case document
    }

    /// The command's stored property.
    var property: String
    /// `image-name`, without the dashes.
    var longName: String
    var field: Field
    var kind: Kind
    /// The type the request wants for the value (for a list, of its elements).
    var valueType: SwiftType

    /// The type ArgumentParser parses: open enums are read as strings and converted.
    var parsedType: SwiftType {
        switch valueType {
        case .openEnum: .string
        default: valueType
        }
    }
}

/// How one argument of the request's initialiser is built from options.
struct CommandArgument: Sendable {
    enum Source: Sendable {
        /// From one option (scalar, list or JSON), by index into the command's options.
        case option(Int)
        /// An object assembled from one option per member: (member label, option index).
        case object(TypeName, [Member])
    }

    struct Member: Sendable {
        var label: String
        var option: Int
    }

    var member: ResolvedMember
    var source: Source
    /// The local holding the argument's value before the request is built.
    var local: String
    /// The body member's key in ``ResolvedCommand/bodyDocument``, for a member the document may give.
    var bodyKey: String? = nil
}
