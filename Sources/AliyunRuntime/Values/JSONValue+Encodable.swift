import Foundation

extension JSONValue {
    /// The JSON value an `Encodable` value encodes to (through `JSONEncoder`, so coding keys and
    /// custom encodings apply; absent optionals are left out).
    public init(encoding value: some Encodable) throws {
        let data = try JSONEncoder().encode(value)
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }
}
