/// A parsed JSON value that remembers its line and keeps object members in source order.
struct JSONNode: Sendable {
    /// The value.
    indirect enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// A number as written, so that nothing is lost to binary floating point.
        case number(String)
        case bool(Bool)
        case null
    }

    /// An object member; `position` is where its key starts.
    struct Member: Sendable {
        var key: String
        var value: JSONNode
        var position: TextPosition
    }

    var value: Value
    /// Where the value starts.
    var position: TextPosition

    /// Members of an object, or nil.
    var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// Elements of an array, or nil.
    var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The first member named `key`, if this is an object.
    subscript(key: String) -> JSONNode? {
        members?.first(where: { $0.key == key })?.value
    }

    /// A string, or a number or boolean spelled as text (api-docs writes both).
    var text: String? {
        switch value {
        case .string(let string): string
        case .number(let number): number
        case .bool(let bool): bool ? "true" : "false"
        default: nil
        }
    }

    /// A boolean, accepting the strings `"true"`/`"false"` too.
    var bool: Bool? {
        switch value {
        case .bool(let bool): bool
        case .string("true"): true
        case .string("false"): false
        default: nil
        }
    }

    /// An integer, accepting a numeric string too.
    var int: Int? { text.flatMap { Int($0) } }

    /// What kind of value this is, for messages.
    var kindName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// A 1-based line and byte column in a text, and which of a reading's files the text is (0: the spec,
/// 1 and up: the overlays merged over it, ``SpecOverlay``).
struct TextPosition: Sendable, Equatable {
    var line: Int
    var column: Int
    var file: Int = 0
}
