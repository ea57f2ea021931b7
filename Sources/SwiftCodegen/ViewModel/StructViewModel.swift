import SwiftSourceText

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
        /// The `CodingKeys` raw value: the wire name, or, for the second of two members that share it in
        /// different places (a path parameter and a body member), `place/name` (the wire encoders use
        /// `wireLiteral`, never this).
        var codingKeyLiteral = ""
        /// `String`, `Status`, `[Tag]`: the type without optionality.
        var type: String
        var isOptional: Bool
        /// Documentation lines, without `///`.
        var docLines: [String]
        /// The `RPCQueryEncoder`/`RPCQueryDecoder` method suffix: ``, `Object`, `List`, `JSON`, ….
        var coding: String
        /// Whether the encoder's method for this coding throws.
        var encodeThrows: Bool
        /// The type the query decoder reads: the element for lists, the type itself for JSON.
        var decodeType: String
        /// How the required read `try decoder.require(…)` is laid out, as swift-format lays calls out.
        var requireLayout: CallLayout
        /// `,` after an initialiser argument, empty after the last (set by `initOrder`; a section's `last()`
        /// names the innermost list, which a layout section hides).
        var comma = ","
        /// How an optional member's `decoder.decode…(…)` call is laid out.
        var decodeLayout: CallLayout
        /// How the lenient read `container.decodeLeniently(…)` is laid out.
        var lenientLayout: CallLayout

        // The names templates look up most come first: a switch over strings compares them in order.
        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "name": self.name
            case "isOptional": isOptional
            case "docLines": docLines
            case "type": type
            case "label": label
            case "wireLiteral": wireLiteral
            case "codingKeyLiteral": codingKeyLiteral.isEmpty ? wireLiteral : codingKeyLiteral
            case "coding": coding
            case "encodeThrows": encodeThrows
            case "decodeType": decodeType
            case "requireLayout": requireLayout
            case "decodeLayout": decodeLayout
            case "comma": comma
            case "lenientLayout": lenientLayout
            default: nil
            }
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
    /// The properties the query encoding writes: all of them, but only the query and form members of a
    /// ROA request (its path, header and body members are written by `roa-coding`).
    var queryProperties: [Property]? = nil
    /// The properties in initialiser order: required ones first, each group in source order.
    var initOrder: [Property] {
        var ordered = properties.filter { !$0.isOptional } + properties.filter(\.isOptional)
        for index in ordered.indices { ordered[index].comma = index == ordered.count - 1 ? "" : "," }
        return ordered
    }
    /// Whether the struct is part of a response (read leniently) rather than a request.
    var isResponse: Bool
    /// The one member of an answer that is not a JSON object (a list or a scalar), which holds all of it.
    var payloadProperty: Property? = nil
    /// The declaration's indentation: empty at top level, four spaces inside the parent's extension.
    var indent: String { parent == nil ? "" : "    " }

    // The names templates look up most come first (`indent` begins nearly every line of a struct): a switch
    // over strings compares them in order.
    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "indent": indent
        case "access": access
        case "name": self.name
        case "qualifiedName": qualifiedName
        case "parent": parent
        case "isNested": parent != nil
        case "docLines": docLines
        case "properties": properties
        case "queryProperties": queryProperties ?? properties
        case "initOrder": initOrder
        case "isResponse": isResponse
        case "lenientInit": isResponse && payloadProperty == nil
        case "payloadProperty": payloadProperty
        default: nil
        }
    }
}

/// An open enumeration of documented string values.
struct EnumViewModel: TemplateContext {
    struct Case: TemplateContext {
        var name: String
        var rawLiteral: String
        var docLines: [String]

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "name": self.name
            case "rawLiteral": rawLiteral
            case "docLines": docLines
            default: nil
            }
        }
    }

    var access: String
    var name: String
    var parent: String
    var docLines: [String]
    var cases: [Case]
    var documentedCases: ListLiteralViewModel
    /// The case that carries other values: `undocumented`, or a variant if a value takes that name.
    var otherCase: String

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "access": access
        case "name": self.name
        case "parent": parent
        case "docLines": docLines
        case "cases": cases
        case "documentedCases": documentedCases
        case "otherCase": otherCase
        default: nil
        }
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
        fitsOnOneLine = indent + Self.columns(head) + joined + 1 + tail <= 120
        argumentsFitOnOneLine = !fitsOnOneLine && indent + 4 + joined + 1 + tail <= 120
    }

    /// The text's width in characters, known from its byte count when each character is one byte.
    static func columns(_ text: String) -> Int {
        UTF8Scan.hasOneByteCharacters(text) ? text.utf8.count : text.count
    }

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "fitsOnOneLine": fitsOnOneLine
        case "argumentsFitOnOneLine": argumentsFitOnOneLine
        case "onePerLine": !fitsOnOneLine && !argumentsFitOnOneLine
        default: nil
        }
    }
}
