/// A stored property of a generated struct and how it is coded.
struct PropertyViewModel: Sendable {
    /// `imageName`, backquoted when a keyword.
    var name: String
    /// The name as an argument label at a call site, where keywords need no backquotes.
    var label: String
    /// The wire name as a literal: `"ImageName"`.
    var wireLiteral: String
    /// Member name of the CodingKeys enum.
    var codingKey: String
    /// `String`, `Status`, `[Tag]`.
    var type: String
    /// `String` or `String?`.
    var declaredType: String
    /// The initialiser parameter: `imageName: String? = nil`.
    var initParameter: String
    /// `///` lines.
    var docLines: [String]
    /// `encode`, `encodeObject`, `encodeList`, `encodeObjectList`, `encodeJSON`.
    var encodeMethod: String
    /// `try ` when the encode method throws.
    var encodeTry: String
    /// The decoding expression for `init(from: RPCQueryDecoder)`.
    var decodeExpression: String
    /// Whether a comma follows in argument lists.
    var isLast: Bool
    /// Whether the property is deprecated.
    var deprecated: Bool
    /// Whether the initialiser takes it without a default.
    var isRequired: Bool
}

/// A generated struct: a request, a response or a nested object.
struct StructViewModel: Sendable {
    var header: HeaderViewModel
    var access: String
    /// `ModifyImageAttributeRequest` or `ModifyImageAttributeRequest.Features`.
    var qualifiedName: String
    /// `ModifyImageAttributeRequest`, or `Features` for a nested type.
    var name: String
    /// For nested types: the type they extend (`ModifyImageAttributeRequest`).
    var parent: String?
    /// The struct's indentation: empty at top level, four spaces inside an extension.
    var indent: String
    var docLines: [String]
    var properties: [PropertyViewModel]
    /// The properties in initialiser order: required ones first, each group in source order.
    var initOrder: [PropertyViewModel]
    var hasProperties: Bool
    /// Whether the struct is part of a request (query coding and validation) or a response.
    var isRequest: Bool
}
