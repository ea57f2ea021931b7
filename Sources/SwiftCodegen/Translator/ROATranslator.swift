import SpecIR
import SwiftSourceText

/// Translates a ROA or OSS request's path, host, header and body members for `roa-coding.mustache`.
enum ROATranslator {
    static func viewModel(_ structure: ResolvedStruct, access: String, style: ServiceStyle) -> ROACodingViewModel {
        var members: [ROACodingViewModel.Member] = []
        for member in structure.members {
            let method: String
            switch member.field.place {
            case .query: continue
            case .path: method = "encodePath"
            case .host:
                // Only OSS puts a parameter in the host; elsewhere the official SDKs send it nowhere (the endpoint
                // carries it: Function Compute 2021's account id), and so does this client (the reader warns).
                guard style.placesHostParameters else { continue }
                method = "encodeHost"
            case .header: method = member.type.isScalar ? "encodeHeader" : "encodeHeaderJSON"
            case .bodyMember: method = "encodeBodyMember"
            case .payload: method = "encodeBody"
            }
            members.append(
                ROACodingViewModel.Member(
                    name: member.property, wireLiteral: SwiftLiteral.string(member.field.name), method: method,
                    isThrowing: !["encodePath", "encodeHost", "encodeHeader"].contains(method),
                    hasKey: method != "encodeBody"))
        }
        let isOSS = style == .oss
        return ROACodingViewModel(
            access: access, qualifiedName: structure.name.qualified,
            protocolName: isOSS ? "OSSRequestEncodable" : "ROARequestEncodable",
            encodeMethod: isOSS ? "encodeOSS" : "encodeROA",
            encoderType: isOSS ? "OSSRequestEncoder" : "ROARequestEncoder",
            summary: isOSS
                ? "Writes the bucket, the path parameters, the headers and the XML body."
                : "Writes the path parameters, the header parameters and the JSON body.",
            members: members)
    }
}
