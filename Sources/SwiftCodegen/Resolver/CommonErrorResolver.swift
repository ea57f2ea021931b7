import SpecIR

/// The error rows every operation of a service documents alike (same status, code and message: OSS's table of
/// service-wide codes, which its overlay gives every operation), declared once rather than once per operation.
///
/// The rule: a service of two or more operations whose every operation documents a row gets a protocol,
/// `<Prefix>CommonErrors`, whose extension declares those rows (`commonRows`) and their codes' constants; every
/// operation's error type conforms to it and declares only its own rows and codes. A code some operation also
/// documents under another status keeps its one constant, the common one.
struct ResolvedCommonErrors: Sendable {
    /// `OSSCommonErrors`.
    var protocolName: String
    /// The common rows, in the first operation's order.
    var rows: [DocumentedError]
    /// One constant per distinct common code.
    var codes: [ResolvedErrorCode]

    /// Whether `row` is one of the common rows.
    func contains(_ row: DocumentedError) -> Bool {
        rows.contains { CommonErrorResolver.sameRow($0, row) }
    }

    /// Whether `code` has its constant among the common ones.
    func declares(_ code: String) -> Bool {
        codes.contains { $0.code == code }
    }
}

enum CommonErrorResolver {
    /// The member names an error code constant may not take.
    static let reservedCodeNames: Set<String> = ["init", "rawValue", "description", "documented"]

    /// The common rows of `operations`, named `protocolName`; nil when there are none, or fewer than two
    /// operations.
    static func resolve(_ operations: [OperationSpec], protocolName: String) -> ResolvedCommonErrors? {
        guard operations.count >= 2, let first = operations.first else { return nil }
        let common = first.errors.filter { row in
            operations.dropFirst().allSatisfy { operation in operation.errors.contains { sameRow($0, row) } }
        }
        guard !common.isEmpty else { return nil }
        var names = NameAllocator(reserved: reservedCodeNames)
        var seen: Set<String> = []
        var codes: [ResolvedErrorCode] = []
        for row in common where seen.insert(row.code).inserted {
            codes.append(
                ResolvedErrorCode(code: row.code, memberName: names.allocate(SwiftIdentifier.lowerCamel(row.code))))
        }
        return ResolvedCommonErrors(protocolName: protocolName, rows: common, codes: codes)
    }

    /// Rows alike: the same status (or declared status), code and message.
    static func sameRow(_ lhs: DocumentedError, _ rhs: DocumentedError) -> Bool {
        lhs.code == rhs.code && lhs.httpStatus == rhs.httpStatus && lhs.declaredStatus == rhs.declaredStatus
            && lhs.message == rhs.message
    }
}
