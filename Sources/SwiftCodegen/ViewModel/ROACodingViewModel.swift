import TemplateRendering

/// What `roa-coding.mustache` needs: how each path, header and body member of a ROA request (or the host, path,
/// header and body member of an OSS request) is written, and into which runtime encoder.
struct ROACodingViewModel: TemplateContext {
    struct Member: TemplateContext {
        /// The property.
        var name: String
        var wireLiteral: String
        /// The encoder method: `encodeHost`, `encodePath`, `encodeHeader`, `encodeHeaderJSON`, `encodeBodyMember`
        /// or `encodeBody`.
        var method: String
        var isThrowing: Bool
        /// Whether the method takes the wire name (all but `encodeBody`).
        var hasKey: Bool

        func encodeComputedMembers(to encoder: any Encoder) throws {
            var members = encoder.container(keyedBy: TemplateKey.self)
            try members.encode(
                CallLayout(
                    head: (isThrowing ? "try " : "") + "encoder.\(method)(",
                    arguments: [name] + (hasKey ? ["forKey: " + wireLiteral] : []), tail: "", indent: 8),
                forKey: "layout")
        }
    }

    var access: String
    var qualifiedName: String
    /// `ROARequestEncodable` or `OSSRequestEncodable`.
    var protocolName: String
    /// `encodeROA` or `encodeOSS`.
    var encodeMethod: String
    /// `ROARequestEncoder` or `OSSRequestEncoder`.
    var encoderType: String
    /// The method's one-line documentation.
    var summary: String
    var members: [Member]

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var computed = encoder.container(keyedBy: TemplateKey.self)
        try computed.encode(members.isEmpty, forKey: "empty")
        try computed.encode(ExtensionHeaderLayout(qualifiedName, conformance: protocolName), forKey: "header")
    }
}
