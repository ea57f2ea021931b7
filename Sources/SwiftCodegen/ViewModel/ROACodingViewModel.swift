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

        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "name": self.name
            case "wireLiteral": wireLiteral
            case "method": method
            case "isThrowing": isThrowing
            case "hasKey": hasKey
            default: nil
            }
        }
    }

    var access: String
    var qualifiedName: String
    var members: [Member]

    func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "access": access
        case "qualifiedName": qualifiedName
        case "members": members
        case "empty": members.isEmpty
        default: nil
        }
    }
}
