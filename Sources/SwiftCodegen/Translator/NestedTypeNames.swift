import SpecIR

/// Names of nested types inside one generated struct, allocated in source order.
///
/// Standard-library and protocol names are reserved so that a parameter named `String` or `Error`
/// cannot shadow them.
struct NestedTypeNames {
    static let reserved: Set<String> = [
        "String", "Int", "Int64", "Int32", "Bool", "Float", "Double", "Array", "Optional", "Codable", "Sendable",
        "Hashable", "Equatable", "Error", "CodingKeys", "Self", "Type", "Decoder", "Encoder", "RPCQueryEncoder",
        "RPCQueryDecoder", "RequestValidator", "DocumentedRule", "Rules", "OpenEnum", "RequestValidationError",
        "RPCQueryDecodingError", "RPCQueryCodable", "ValidatableValue", "CallOptions", "Code", "DocumentedErrorRow",
        "ServiceError",
    ]

    private var allocator: NameAllocator

    init(owner: String) {
        allocator = NameAllocator(reserved: Self.reserved.union([owner]))
    }

    /// The wire name an array element's enum is named after: the element's own name, else the list's.
    static func elementName(_ item: Field, of list: Field) -> String {
        item.name.isEmpty ? (list.name.isEmpty ? "Value" : list.name) : item.name
    }

    mutating func allocate(forWireName wireName: String) -> String {
        allocator.allocate(SwiftIdentifier.upperCamel(wireName))
    }
}
