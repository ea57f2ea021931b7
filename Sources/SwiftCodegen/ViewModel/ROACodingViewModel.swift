import TemplateRendering

/// What `roa-coding.mustache` needs: how each path, header and body member of a ROA request is written.
struct ROACodingViewModel: TemplateContext {
    struct Member: TemplateContext {
        /// The property.
        var name: String
        var wireLiteral: String
        /// The encoder method: `encodePath`, `encodeHeader`, `encodeHeaderJSON`, `encodeBodyMember` or `encodeBody`.
        var method: String
        var isThrowing: Bool
        /// Whether the method takes the wire name (all but `encodeBody`).
        var hasKey: Bool
    }

    var access: String
    var qualifiedName: String
    var members: [Member]

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var computed = encoder.container(keyedBy: TemplateKey.self)
        try computed.encode(members.isEmpty, forKey: "empty")
    }
}
