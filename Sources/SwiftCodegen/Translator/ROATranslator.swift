import SpecIR
import SwiftSourceText

/// Translates a ROA request's path, header and body members for `roa-coding.mustache`.
enum ROATranslator {
    static func viewModel(_ structure: ResolvedStruct, access: String) -> ROACodingViewModel {
        var members: [ROACodingViewModel.Member] = []
        for member in structure.members {
            let method: String
            switch member.field.place {
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
