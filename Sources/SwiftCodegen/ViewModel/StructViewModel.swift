import SwiftSourceText
import TemplateRendering

/// A generated struct: a request, a response or a nested object.
struct StructViewModel: TemplateContext {
    /// A stored property and how it is coded.
    struct Property: TemplateContext {
        /// `imageName`, backquoted when a keyword.
        var name: String
        /// The name as an argument label, where keywords need no backquotes.
        var label: String
        /// The wire name as a literal: `"ImageName"`.
        var wireLiteral: String
        /// The JSON object key as a literal when it is not the wire name: for the second of two members that
        /// share a name in different places (a path parameter and a body member), `"place/name"`.
        var jsonKeyLiteral: String? = nil
        /// `String`, `Status`, `[Tag]`: the type without optionality.
        var type: String
        var isOptional: Bool
        /// Documentation lines, without `///`.
        var docLines: [String]
        /// The runtime's `ModelField` function that describes the member: `value`, `requiredObject`, ….
        var fieldKind: String
        /// What a required member holds in the schema's `blank` before it is read: `""`, `0`, `[]`, ….
        var placeholder: String
        /// The columns of the member's row in the schema table.
        var rowIndent: Int
        /// The row's arguments as written: the wire name, the key path, and the JSON key when it differs.
        var rowArguments: [String] {
            [wireLiteral, "\\.\(name)"] + (jsonKeyLiteral.map { ["jsonKey: \($0)"] } ?? [])
        }
        /// How the member's row of the schema table is laid out.
        var fieldLayout: CallLayout {
            CallLayout(head: ".\(fieldKind)(", arguments: rowArguments, tail: "),", indent: rowIndent)
        }

        func encodeComputedMembers(to encoder: any Encoder) throws {
            var members = encoder.container(keyedBy: TemplateKey.self)
            try members.encode(fieldLayout, forKey: "fieldLayout")
        }
    }

    var access: String
    /// `ModifyImageAttributeRequest` or `ModifyImageAttributeRequest.Features`.
    var qualifiedName: String
    /// `ModifyImageAttributeRequest`, or `Features` for a nested type.
    var name: String
    /// For nested types: the type they extend (`ModifyImageAttributeRequest`).
    var parent: String?
    var docLines: [String]
    var properties: [Property]
    /// The properties in initialiser order: required ones first, each group in source order.
    var initOrder: [Property] { properties.filter { !$0.isOptional } + properties.filter(\.isOptional) }
    /// The arguments of the schema's `blank` value: each required member and its placeholder.
    var blankArguments: [String] { properties.filter { !$0.isOptional }.map { "\($0.label): \($0.placeholder)" } }
    /// How `blank: Self(…)` is laid out.
    var blankLayout: CallLayout {
        CallLayout(head: "blank: Self(", arguments: blankArguments, tail: "),", indent: parent == nil ? 8 : 12)
    }
    /// Whether the schema's only row fits on the `fields: [` line, where swift-format wants it.
    var singleFieldLine: Bool {
        guard properties.count == 1, let field = properties.first else { return false }
        return CallLayout(
            head: "fields: [.\(field.fieldKind)(", arguments: field.rowArguments, tail: ")])",
            indent: parent == nil ? 8 : 12
        ).fitsOnOneLine
    }
    /// Whether the struct is part of a response (read leniently) rather than a request.
    var isResponse: Bool
    /// Whether a request may send the struct, which then also codes itself as RPC query items.
    var isQueryCoded: Bool
    /// The one member of an answer that is not a JSON object (a list or a scalar), which holds all of it.
    var payloadProperty: Property? = nil
    /// The declaration's indentation: empty at top level, four spaces inside the parent's extension.
    var indent: String { parent == nil ? "" : "    " }

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(indent, forKey: "indent")
        try members.encode(parent != nil, forKey: "isNested")
        // A nested type's extension of its parent; `false` (no section) at top level. An optional context would
        // be encoded without its computed members.
        if let parent {
            try members.encode(ExtensionHeaderLayout(parent), forKey: "header")
        } else {
            try members.encode(false, forKey: "header")
        }
        try members.encode(initOrder, forKey: "initOrder")
        try members.encode(isResponse ? "lenient" : "strict", forKey: "decoding")
        try members.encode(blankArguments, forKey: "blankArguments")
        try members.encode(blankLayout, forKey: "blankLayout")
        try members.encode(singleFieldLine, forKey: "singleFieldLine")
    }
}

/// An open enumeration of documented string values.
struct EnumViewModel: TemplateContext {
    struct Case: TemplateContext {
        var name: String
        var rawLiteral: String
        var docLines: [String]
    }

    var access: String
    var name: String
    var parent: String
    var docLines: [String]
    var cases: [Case]
    var documentedCases: ListLiteralViewModel
    /// The case that carries other values: `undocumented`, or a variant if a value takes that name.
    var otherCase: String

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(ExtensionHeaderLayout(parent), forKey: "header")
    }
}

/// How a call is laid out, as swift-format does it: on one line when it fits in 120 columns, else its
/// arguments on one continuation line when they fit, else one argument per line.
struct CallLayout: TemplateContext {
    var fitsOnOneLine: Bool
    var argumentsFitOnOneLine: Bool

    /// - Parameters:
    ///   - head: The text from the line's indentation up to and including `(`.
    ///   - arguments: The arguments, each as written.
    ///   - tail: What follows the closing parenthesis on its line (`,`).
    ///   - indent: The line's indentation in columns.
    init(head: String, arguments: [String], tail: String, indent: Int) {
        let joined = Self.columns(arguments.joined(separator: ", "))
        let tail = Self.columns(tail)
        fitsOnOneLine = LineWidth.fits(indent + Self.columns(head) + joined + 1 + tail)
        argumentsFitOnOneLine = !fitsOnOneLine && LineWidth.fits(indent + 4 + joined + 1 + tail)
    }

    /// The text's width in characters, known from its byte count when each character is one byte.
    static func columns(_ text: String) -> Int {
        UTF8Scan.hasOneByteCharacters(text) ? text.utf8.count : text.count
    }

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(!fitsOnOneLine && !argumentsFitOnOneLine, forKey: "onePerLine")
    }
}
