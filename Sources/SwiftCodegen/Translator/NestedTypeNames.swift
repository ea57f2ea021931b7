/// Names of nested types inside one generated struct, allocated in source order.
///
/// Standard-library and protocol names are reserved so that a parameter named `String` or `Error`
/// cannot shadow them.
struct NestedTypeNames {
    static let reserved: Set<String> = [
        "String", "Int", "Int64", "Int32", "Bool", "Float", "Double", "Array", "Optional", "Codable", "Sendable",
        "Hashable", "Equatable", "Error", "CodingKeys", "Self", "Type", "Decoder", "Encoder", "RPCQueryEncoder",
        "RPCQueryDecoder", "RequestValidator", "DocumentedRule",
    ]

    private var allocator: NameAllocator

    init(owner: String) {
        allocator = NameAllocator(reserved: Self.reserved.union([owner]))
    }

    mutating func allocate(forWireName wireName: String) -> String {
        allocator.allocate(SwiftIdentifier.upperCamel(wireName))
    }
}
