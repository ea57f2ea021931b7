import SpecIR

/// Security schemes that carry a token in a header the metadata does not list as a parameter: the one table of them.
/// AliGenie's operations name `AliGenie_Auth_SPI` or `AliGenie_Auth_Token`, and their official SDKs (for example
/// alibabacloud-aligenieip-1-0) send the user's access token as `x-acs-aligenie-access-token` beside the ACS3
/// signature; each such operation gets that header as an optional parameter.
enum SecuritySchemeHeaders {
    /// Scheme name → the header it carries and what the header holds.
    static let headers: [String: (name: String, description: String)] = [
        "AliGenie_Auth_SPI": (aliGenieToken, aliGenieDescription),
        "AliGenie_Auth_Token": (aliGenieToken, aliGenieDescription),
    ]

    static let aliGenieToken = "x-acs-aligenie-access-token"
    static let aliGenieDescription = "The AliGenie user's access token, sent beside the request's signature."

    /// `parameters` with the header of each of `schemes` added when absent, at `location`.
    static func adding(to parameters: [Field], schemes: [String], at location: SourceLocation) -> [Field] {
        var result = parameters
        for scheme in schemes {
            guard let header = headers[scheme], !result.contains(where: { $0.name == header.name }) else { continue }
            result.append(
                Field(
                    name: header.name, type: .string, placement: .header, description: header.description,
                    source: location))
        }
        return result
    }
}
