import Foundation

/// The IR's JSON form: pretty-printed, keys sorted, slashes unescaped, so equal IR gives equal bytes.
public enum IRJSON {
    /// Encodes any IR value.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Decodes a service from its JSON form.
    public static func decodeService(_ data: Data) throws -> ServiceSpec {
        try JSONDecoder().decode(ServiceSpec.self, from: data)
    }
}
