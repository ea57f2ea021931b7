import TemplateRendering

/// How an `extension Type: Conformance {` line is laid out (`extension-header.mustache`), as swift-format lays it
/// out: on one line when it fits; else the brace on a line of its own; else the conformance on a continuation line;
/// else the qualified name broken at its dots, its components filling the first line and continuation lines
/// indented by four, each starting at a dot, the brace on a line of its own.
struct ExtensionHeaderLayout: TemplateContext {
    enum Shape: String, Sendable, Encodable {
        case oneLine, braceBelow, conformanceBelow, wrapped
    }

    /// `ModifyImageAttributeRequest.Features`, or the part of the name on the first line.
    var first: String
    /// The rest of the name, a line each, each starting with its dot; empty unless wrapped.
    var rest: [String] = []
    /// The protocol the extension adds, if any.
    var conformance: String?
    var shape: Shape

    /// The layout of the header extending `name` with `conformance`.
    init(_ name: String, conformance: String? = nil) {
        self.conformance = conformance
        first = name
        let keyword = "extension ".count
        let conformed = keyword + name.count + (conformance.map { 2 + $0.count } ?? 0)
        if LineWidth.fits(conformed + 2) {
            shape = .oneLine
        } else if LineWidth.fits(conformed) {
            shape = .braceBelow
        } else if let conformance, LineWidth.fits(keyword + name.count + 1), LineWidth.fits(4 + conformance.count) {
            shape = .conformanceBelow
        } else {
            shape = .wrapped
            var components = name.split(separator: ".").map(String.init)
            var line = components.removeFirst()
            while let next = components.first, LineWidth.fits(keyword + line.count + 1 + next.count) {
                line += "." + components.removeFirst()
            }
            first = line
            var current = ""
            for component in components {
                if !current.isEmpty, !LineWidth.fits(4 + current.count + 1 + component.count) {
                    rest.append(current)
                    current = ""
                }
                current += "." + component
            }
            if !current.isEmpty { rest.append(current) }
        }
    }

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        for candidate in [Shape.oneLine, .braceBelow, .conformanceBelow, .wrapped] {
            try members.encode(shape == candidate, forKey: TemplateKey(stringValue: candidate.rawValue))
        }
    }
}
