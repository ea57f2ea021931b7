/// RFC 3986 percent-encoding, as Alibaba Cloud canonicalises queries: only `A–Z a–z 0–9 - _ . ~`
/// stay; every other byte of the UTF-8 form becomes `%XX` in upper case (a space is `%20`, `*` is
/// `%2A`).
public enum PercentEncoding {
    /// The encoded text.
    public static func rfc3986(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                output.append(byte)
            default:
                output.append(UInt8(ascii: "%"))
                HexDigits.append(byte, to: &output, .upper)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// RFC 6570's reserved expansion (`{+name}`): RFC 3986's unreserved and reserved characters (`/`, `:`, `@`, `!`,
    /// `$`, `&`, `'`, `(`, `)`, `*`, `+`, `,`, `;`, `=`, `?`, `#`, `[`, `]`) stay, every other byte is `%XX`: a value
    /// that is a path of its own, sent as the official SDKs send it.
    public static func reservedExpansion(_ text: String) -> String {
        let reserved = Set(":/?#[]@!$&'()*+,;=".utf8)
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, reserved.contains(UInt8(scalar.value)) {
                output.unicodeScalars.append(scalar)
            } else {
                output += rfc3986(String(scalar))
            }
        }
        return output
    }

    /// `name=value&…` sorted by name, then value, both encoded.
    public static func canonicalQuery(_ items: [RPCQueryItem]) -> String {
        items.map { (rfc3986($0.name), rfc3986($0.value)) }
            .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// A form body as the official SDK writes it (Python's `urlencode` of the sorted parameters):
    /// `name=value` pairs sorted by name, joined by `&`, each encoded as RFC 3986 with a space as `+`.
    public static func form(_ items: [RPCQueryItem]) -> String {
        items.sorted { $0.name < $1.name }
            .map { formComponent($0.name) + "=" + formComponent($0.value) }
            .joined(separator: "&")
    }

    /// RFC 3986 encoding with a space written as `+` (`application/x-www-form-urlencoded`).
    static func formComponent(_ text: String) -> String {
        rfc3986(text).replacingOccurrences(of: "%20", with: "+")
    }
}
