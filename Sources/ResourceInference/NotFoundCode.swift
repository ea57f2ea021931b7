import SpecIR

/// Chooses the error code a call on a missing identifier answers.
enum NotFoundCode {
    /// Among the documented errors of a resource's operations, the `NotFound` code that names the identifier
    /// (`InvalidVpcId.NotFound`), else one that names the kind (`ErrorClusterNotFound`), else any `NotFound` code;
    /// ties go to the code more operations document, then to the first in code order. Nil when none.
    static func choose(kind: String, identifier: String, errors: [[DocumentedError]]) -> (code: String?, why: String) {
        var counts: [String: Int] = [:]
        for operationErrors in errors {
            for code in Set(operationErrors.map(\.code)) where WireName.key(code).contains("notfound") {
                counts[code, default: 0] += 1
            }
        }
        let idKey = WireName.key(identifier)
        let kindKey = WireName.key(kind)
        func rank(_ code: String) -> Int {
            let key = WireName.key(code)
            return key.contains(idKey) ? 2 : key.contains(kindKey) ? 1 : 0
        }
        let best = counts.keys.sorted().max { a, b in
            (rank(a), counts[a] ?? 0) < (rank(b), counts[b] ?? 0)
        }
        guard let best else { return (nil, "no NotFound code documented: a generic one") }
        let names = ["names no identifier or kind", "names the kind", "names the identifier"][rank(best)]
        return (best, "\(best) \(names)")
    }
}
