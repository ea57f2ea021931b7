import SpecIR

/// Attaches to each constraint the documented error code the server returns when it is broken.
///
/// The rule is general: a code names a parameter when its first part is `Invalid` + the name
/// (`InvalidImageName.Malformed`) or a generic `InvalidParameter`/`InvalidParam` whose second part
/// is the name (`InvalidParameter.FeaturesImdsSupport`), and its second part, if any, says the
/// value is malformed or unsupported. Names are tried as the bare name and as the path joined
/// without dots and list indexes (`Features.ImdsSupport` → `FeaturesImdsSupport`). A missing
/// required parameter maps to `MissingParameter.<Name>`, `Missing<Name>` or `MissingParameter`.
/// Only client-error rows (4xx, or rows without a status) are considered.
enum ErrorCodeMapper {
    static let malformedReasons: Set<String> = [
        "malformed", "invalid", "invalidformat", "format", "illegalformat", "notsupport", "notsupported",
        "unsupported", "valuenotsupported", "illegal", "toolong", "length", "outofrange", "invalidvalue",
        "valueexceeded", "wrongformat",
    ]
    static let genericHeads: Set<String> = ["invalidparameter", "invalidparam", "invalidparameters", "illegalparam"]

    /// An operation's client-error codes, each lowercased and split at its dots once, for every constraint of
    /// the operation to look up (an operation may document hundreds of codes).
    struct Codes {
        struct Code {
            var code: String
            /// The lowercased code split at every dot.
            var parts: [String]
            /// The lowercased code split at its first dot only.
            var headAndRest: [String]
        }

        var codes: [Code]

        /// The client-error rows (4xx, or without a status) of `errors`, in table order.
        init(_ errors: [DocumentedError]) {
            codes = errors.filter { error in error.httpStatus.map { (400..<500).contains($0) } ?? true }.map { error in
                let lowered = error.code.lowercased()
                return Code(
                    code: error.code, parts: lowered.split(separator: ".").map(String.init),
                    headAndRest: lowered.split(separator: ".", maxSplits: 1).map(String.init))
            }
        }
    }

    static func mapping(for rule: ConstraintRule, path: [String], errors: [DocumentedError]) -> ErrorCodeMapping {
        mapping(for: rule, path: path, codes: Codes(errors))
    }

    static func mapping(for rule: ConstraintRule, path: [String], codes: Codes) -> ErrorCodeMapping {
        let candidates = codes.codes
        let names = nameForms(path)
        let display = path.joined(separator: ".")
        if rule == .required {
            let specific = candidates.first { error in
                let parts = error.headAndRest
                return names.contains { name in
                    parts == ["missingparameter", name] || parts == ["missing\(name)"]
                        || parts.first == "missing\(name)"
                }
            }
            if let specific {
                return ErrorCodeMapping(code: specific.code, reason: "\(specific.code) names the missing \(display)")
            }
            if let generic = candidates.first(where: { $0.code == "MissingParameter" }) {
                return ErrorCodeMapping(code: generic.code, reason: "the operation documents MissingParameter")
            }
            return .unmapped("no documented error code reports a missing parameter")
        }
        for error in candidates {
            let parts = error.parts
            guard let head = parts.first else { continue }
            let tail = Array(parts.dropFirst())
            for name in names {
                if head == "invalid\(name)", tail.isEmpty || malformedReasons.contains(tail[0]) {
                    return ErrorCodeMapping(code: error.code, reason: "\(error.code) names \(display)")
                }
                if genericHeads.contains(head), tail.first == name,
                    tail.count == 1 || malformedReasons.contains(tail[1])
                {
                    return ErrorCodeMapping(code: error.code, reason: "\(error.code) names \(display)")
                }
            }
        }
        return .unmapped("no documented error code names \(display)")
    }

    /// `["Features", "ImdsSupport"]` → `imdssupport`, `featuresimdssupport`.
    private static func nameForms(_ path: [String]) -> [String] {
        let parts = path.filter { !$0.isEmpty && $0 != "N" }
        var forms: [String] = []
        if let last = parts.last { forms.append(last.lowercased()) }
        let joined = parts.joined().lowercased()
        if !forms.contains(joined) { forms.append(joined) }
        return forms
    }
}
