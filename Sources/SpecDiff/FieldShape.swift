import SpecIR

/// The Swift type the generator gives a field, as far as source compatibility goes: what a caller's code names.
///
/// Mirrors the generator's choice (`StructResolver`): an object with members is a struct, a string with
/// documented values an open enum, an object of any names a map of scalars (else JSON), a `$ref` to a
/// shared struct that struct by name, and a `$ref` to any other shared schema that schema in place.
indirect enum FieldShape: Sendable {
    case string
    case int
    case int64
    case bool
    case double
    /// `JSONValue`: a free-form object or value.
    case json
    /// An open enum of these documented values, in source order.
    case openEnum([String])
    /// A struct of these members, declared in place.
    case structure([Field])
    /// A shared struct, by its component name.
    case shared(String)
    /// A list of elements.
    case list(ResolvedField)
    /// A map from any name to a scalar value.
    case map(ResolvedField)

    /// The shape's spelling down to (not into) its structs and enums: two shapes of one spelling are the same
    /// Swift type once their members and values agree.
    var spelling: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .int64: "Int64"
        case .bool: "Bool"
        case .double: "Double"
        case .json: "JSONValue"
        case .openEnum: "enum"
        case .structure: "struct"
        case .shared(let name): name
        case .list(let element): "[\(element.shape.spelling)]"
        case .map(let value): "[String: \(value.shape.spelling)]"
        }
    }

    /// A value one query item carries: a number, a string, a boolean or an open enum.
    var isScalar: Bool {
        switch self {
        case .string, .int, .int64, .bool, .double, .openEnum: true
        case .json, .structure, .shared, .list, .map: false
        }
    }

    /// Text: a string or an open enum's raw value, which text rules (length, characters, …) check.
    var isText: Bool {
        switch self {
        case .string, .openEnum: true
        default: false
        }
    }

    /// A number, which a range checks.
    var isNumber: Bool {
        switch self {
        case .int, .int64, .double: true
        default: false
        }
    }

    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}

/// A field with its Swift shape decided.
struct ResolvedField: Sendable {
    /// The field as its struct lists it: its name, whether it is required, its rules.
    var field: Field
    /// The schema its type comes from: the field itself, or the shared component it refers to in place.
    var definition: Field
    /// Its Swift shape.
    var shape: FieldShape
}
