import AliyunRuntime
import ArgumentParser
import Foundation

/// Reads an option given as JSON: the JSON text itself, `@FILE` for a file's contents, or `-` for
/// standard input, as aliyun-cli reads `--body`.
public enum JSONArgument {
    /// Decodes the option's value.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - text: The option's value: JSON text, `@FILE` or `-`.
    ///   - option: The option's name, for the message.
    /// - Returns: The value.
    /// - Throws: `ValidationError` naming the option when the file cannot be read or the text is not that JSON.
    public static func decode<Value: Decodable>(_ type: Value.Type, from text: String, option: String) throws -> Value {
        let bytes = try contents(of: text, option: option)
        do {
            return try JSONDecoder().decode(Value.self, from: bytes)
        } catch {
            throw ValidationError("\(option) is not the expected JSON: \(error)")
        }
    }

    /// The JSON text an option's value stands for.
    static func contents(of text: String, option: String) throws -> Data {
        if text == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard text.hasPrefix("@") else { return Data(text.utf8) }
        let path = String(text.dropFirst())
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(option): cannot read \(path)")
        }
        return data
    }
}

/// A ROA operation's `--body`: one JSON object whose members fill the request's body members that no
/// option of their own gave.
public struct JSONBodyArgument: Sendable {
    private let members: [String: JSONValue]
    private let option: String

    /// Reads the option's value: JSON text, `@FILE` or `-`.
    ///
    /// - Throws: `ValidationError` naming the option when it is not a JSON object.
    public init(text: String, option: String) throws {
        guard case .object(let members) = try JSONArgument.decode(JSONValue.self, from: text, option: option) else {
            throw ValidationError("\(option) must be a JSON object of the body's members")
        }
        self.members = members
        self.option = option
    }

    /// The member `key`, decoded as `type`; nil when the document does not have it.
    ///
    /// - Throws: `ValidationError` naming the option and the member when it is not that JSON.
    public func member<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Value? {
        guard let value = members[key], value != .null else { return nil }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(JSONText.serialize(value).utf8))
        } catch {
            throw ValidationError("\(option): the member \(key) is not the expected JSON: \(error)")
        }
    }
}
