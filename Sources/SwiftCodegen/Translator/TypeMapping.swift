import SpecIR

/// How a field is represented in Swift and on the wire.
struct TypeMapping {
    /// The Swift type without optionality: `String`, `Int`, `[Tag]`, `Features`.
    var swiftType: String
    /// The encoder method: `encode`, `encodeObject`, `encodeList`, `encodeObjectList`, `encodeJSON`.
    var encodeMethod: String
    /// The decoder method, matching.
    var decodeMethod: String
    /// The type passed to the decoder (`String.self`, `Tag.self`).
    var decodeType: String
    /// Whether encoding can throw.
    var encodeThrows: Bool
}

/// The Swift type of a scalar IR type.
enum ScalarType {
    static func name(_ type: FieldType) -> String {
        switch type {
        case .string, .binary, .any: "String"
        case .integer: "Int"
        case .long: "Int64"
        case .boolean: "Bool"
        case .float: "Float"
        case .double: "Double"
        case .object, .array: "String"
        }
    }
}
