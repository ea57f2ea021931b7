import SpecIR
import SwiftSourceText

/// Where a ROA request member travels, from its placement (`in`).
enum ROAPlacement: Equatable {
    /// The query, or a form body (`formData`): written by the query encoding.
    case query
    case path
    case header
    /// A member of the JSON body object.
    case bodyMember
    /// The whole body.
    case payload

    static func of(_ field: Field) -> ROAPlacement {
        switch field.placement {
        case "path": .path
        case "header": .header
        case "body": .bodyMember
        case "payload": .payload
        default: .query
        }
    }
}

/// Translates a ROA request's path, header and body members for `roa-coding.mustache`.
enum ROATranslator {
    static func viewModel(_ structure: ResolvedStruct, access: String) -> ROACodingViewModel {
        var members: [ROACodingViewModel.Member] = []
        for member in structure.members {
            let method: String
            switch ROAPlacement.of(member.field) {
            case .query: continue
            case .path: method = "encodePath"
            case .header: method = member.type.isScalar ? "encodeHeader" : "encodeHeaderJSON"
            case .bodyMember: method = "encodeBodyMember"
            case .payload: method = "encodeBody"
            }
            members.append(
                ROACodingViewModel.Member(
                    name: member.property, wireLiteral: SwiftLiteral.string(member.field.name), method: method,
                    isThrowing: !["encodePath", "encodeHeader"].contains(method), hasKey: method != "encodeBody"))
        }
        return ROACodingViewModel(access: access, qualifiedName: structure.name.qualified, members: members)
    }
}
