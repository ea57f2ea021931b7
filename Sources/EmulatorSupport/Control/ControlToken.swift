import AliyunServerSupport
import ArgumentParser
import Foundation

/// The secret that opens the control endpoints (`/_emulator/…`): faults, the journal and the state are
/// the emulator's to steer only for whoever holds it. A request shows it as `Authorization: Bearer TOKEN`
/// or `X-Emulator-Control-Token: TOKEN`; anything else is answered 401.
public struct ControlToken: Sendable, Equatable, CustomStringConvertible {
    /// The token's text.
    public let value: String

    /// The header that carries the token besides `Authorization: Bearer`.
    public static let headerName = "x-emulator-control-token"
    /// The environment variable the executable reads it from.
    public static let environmentVariable = "ECS_EMULATOR_CONTROL_TOKEN"

    /// A token of the caller's choosing; nil when it is empty or holds white space or control characters
    /// (which no header could carry intact).
    public init?(_ value: String) {
        guard !value.isEmpty, value.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            return nil
        }
        self.value = value
    }

    /// A new random token: 32 bytes from the system's generator, as 64 hexadecimal digits.
    public static func generated() -> ControlToken {
        var generator = SystemRandomNumberGenerator()
        let text = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
        return ControlToken(hexadecimal: text.joined())
    }

    /// A token known to be valid (hexadecimal digits).
    private init(hexadecimal: String) {
        value = hexadecimal
    }

    /// Whether a request with these headers (names in lower case) holds the token, compared in constant time.
    public func admits(headers: [String: String]) -> Bool {
        var offered: [String] = []
        if let authorization = headers["authorization"] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                offered.append(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        if let header = headers[Self.headerName] { offered.append(header.trimmingCharacters(in: .whitespaces)) }
        return offered.contains { ConstantTime.equal($0, value) }
    }

    /// Never shows the token itself.
    public var description: String { "ControlToken(<redacted>)" }
}

extension ControlToken {
    /// The token an emulator's command line starts with: `option`'s (`--control-token`), else the environment
    /// variable `variable`'s, else a new one, which the command then prints.
    ///
    /// - Returns: The token, and whether it was generated.
    /// - Throws: `ValidationError` when the given text is not a token (printable ASCII without spaces).
    public static func chosen(option: String?, environment: [String: String], variable: String) throws
        -> (token: ControlToken, generated: Bool)
    {
        guard let text = option ?? environment[variable].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return (.generated(), true)
        }
        guard let token = ControlToken(text) else {
            throw ValidationError(
                "\(option != nil ? "--control-token" : variable) must be printable ASCII without spaces")
        }
        return (token, false)
    }
}
