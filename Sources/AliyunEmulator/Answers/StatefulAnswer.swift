import AliyunRuntime
import AliyunServerSupport
import Foundation
import ResourceInference
import SpecIR

/// Answers a stateful operation on the store, as inference placed it (`docs/emulator-inference.md`): a create makes
/// resources from the request's fields under new identifiers, a read returns them (filtered by the identifiers and
/// by request fields of the same name, a page at a time), a modify changes the fields of the same name, a delete
/// removes them; a call on an identifier that is not there answers the resource's documented NotFound code.
struct StatefulAnswer {
    let product: EmulatedProduct
    let operation: OperationSpec
    let placement: StatefulPlacement
    let store: ResourceStore
    let now: @Sendable () -> Date

    private var derived: EmulatedProduct.Prepared { product.derived }
    private var shape: AnswerShape { AnswerShape(sharedTypes: derived.sharedTypes) }
    private var resource: InferredResource? { derived.inferred.resource(placement.kind) }
    private var spec: ServiceSpec { product.spec }

    /// Request fields never stored as a resource's own, nor used to filter: the call's controls.
    static let controls: Set<String> = [
        "clienttoken", "dryrun", "pagenumber", "pagesize", "nexttoken", "maxresults", "pageno", "size", "page",
        "limit",
    ]

    func answer(_ sent: [String: JSONValue]) async throws -> JSONValue {
        // A request field the overrides map onto a resource field of another name is that field, for every role.
        var values = sent
        for (request, field) in placement.renamedFields ?? [:] {
            if let value = values.removeValue(forKey: request) { values[field] = value }
        }
        switch placement.role {
        case .create: return try await create(values)
        case .read: return try await read(values)
        case .modify: return try await modify(values)
        case .delete: return try await delete(values)
        }
    }

    // MARK: Create

    private func create(_ values: [String: JSONValue]) async throws -> JSONValue {
        let identifier = resource?.identifier ?? placement.responseIdentifier?.last ?? "Id"
        var amount = 1
        if placement.responseIdentifierIsList, let sent = values.first(where: { WireName.key($0.key) == "amount" }),
            case .integer(let number) = sent.value
        {
            amount = Int(max(1, min(number, 100)))
        }
        let example = exampleIdentifier()
        let identifierField = placement.responseIdentifier.flatMap {
            shape.field(at: $0, in: shape.topLevel(operation.response))
        }.map { field in field.item.map { shape.resolved($0.value) } ?? field }
        let numeric = Self.isNumber(identifierField)
        var made: [(String, [String: JSONValue])] = []
        for _ in 0..<amount {
            let id = IdentifierMint.make(like: example, kind: placement.kind, numeric: numeric)
            var fields = values
            fields[identifier] = Self.identifier(id, numeric: numeric)
            if fields.keys.allSatisfy({ WireName.key($0) != "creationtime" }) {
                fields["CreationTime"] = .string(Self.timestamp(now()))
            }
            made.append((id, fields))
        }
        guard try await store.put(spec.product, spec.version, placement.kind, made) else { throw Self.full }
        var answer = JSONValue.object(shape.object(shape.topLevel(operation.response), from: made[0].1))
        if let path = placement.responseIdentifier {
            let ids = made.map { Self.identifier($0.0, numeric: numeric) }
            answer = answer.setting(placement.responseIdentifierIsList ? .array(ids) : ids[0], at: path)
        }
        return answer
    }

    /// The identifier the documentation's example answer shows, for the form of new ones.
    private func exampleIdentifier() -> String? {
        guard let path = placement.responseIdentifier, let example = derived.examples[operation.name] else {
            return nil
        }
        switch example.value(at: path) {
        case .string(let id)?: return id
        case .array(let ids)?: return ids.first?.scalarText
        default: return nil
        }
    }

    // MARK: Read

    private func read(_ values: [String: JSONValue]) async throws -> JSONValue {
        let ids = requestedIdentifiers(values)
        guard let list = placement.list else {
            // A single read: the one resource.
            // Without an identifier there is no resource to read: the documented example.
            guard let id = ids?.first else { return derived.examples[operation.name] ?? .object([:]) }
            let fields = try await existing(id)
            var answer = JSONValue.object(shape.object(shape.topLevel(operation.response), from: fields))
            if let path = placement.responseIdentifier {
                let field = shape.field(at: path, in: shape.topLevel(operation.response))
                answer = answer.setting(
                    Self.identifier(id, numeric: Self.isNumber(field)), at: path)
            }
            return answer
        }
        return try await readAll(values, list: list, ids: ids)
    }

    private func readAll(_ values: [String: JSONValue], list: [String], ids: [String]?) async throws -> JSONValue {
        var found = await store.all(spec.product, spec.version, placement.kind)
        if let ids {
            let present = Set(found.map(\.id))
            if let missing = ids.first(where: { !present.contains($0) }), documentsNotFound {
                throw notFound(missing)
            }
            let wanted = Set(ids)
            found = found.filter { wanted.contains($0.id) }
        }
        let filters = self.filters(values)
        found = found.filter { resource in
            filters.allSatisfy { key, text in
                guard let value = resource.fields.first(where: { WireName.key($0.key) == key })?.value else {
                    return true
                }
                return value.scalarText == text
            }
        }
        let total = found.count
        var page = found[...]
        var extra: [String: JSONValue] = [:]
        var nextToken: String?
        switch placement.paging {
        case .pageNumber(let numberName, let sizeName, _)?:
            // Bounded, so no page number a caller sends can overflow the offset.
            let number = min(max(1, integer(values[numberName]) ?? 1), 1_000_000)
            let size = max(1, min(integer(values[sizeName]) ?? 10, 1000))
            let start = min((number - 1) * size, total)
            page = found[start..<min(start + size, total)]
            extra = ["PageNumber": .integer(Int64(number)), "PageSize": .integer(Int64(size))]
        case .nextToken(let tokenName, let sizeName, _)?:
            let start = min(max(0, values[tokenName]?.scalarText.flatMap { Int($0) } ?? 0), total)
            let size = max(1, min(sizeName.flatMap { integer(values[$0]) } ?? 10, 1000))
            page = found[start..<min(start + size, total)]
            if start + size < total { nextToken = String(start + size) }
            extra = sizeName.map { [$0: .integer(Int64(size))] } ?? [:]
        case nil:
            break
        }
        extra["TotalCount"] = .integer(Int64(total))
        let itemField = shape.item(ofList: list, in: operation.response)
        let itemIdentifierField = placement.itemIdentifier.flatMap { path in
            itemField.flatMap { shape.field(at: path, in: shape.resolved($0).children) }
        }
        let numericItems = Self.isNumber(itemIdentifierField)
        let items = page.map { resource -> JSONValue in
            var item = JSONValue.object(
                itemField.map { shape.object(shape.resolved($0).children, from: resource.fields) } ?? resource.fields)
            if let path = placement.itemIdentifier {
                item = item.setting(Self.identifier(resource.id, numeric: numericItems), at: path)
            }
            return item
        }
        var answer = JSONValue.object(shape.object(shape.topLevel(operation.response), from: extra))
        if case .pageNumber(_, _, let totalPath?)? = placement.paging {
            answer = answer.setting(.integer(Int64(total)), at: totalPath)
        }
        if case .nextToken(_, _, let tokenPath?)? = placement.paging, let nextToken {
            answer = answer.setting(.string(nextToken), at: tokenPath)
        }
        return answer.setting(.array(items), at: list)
    }

    /// Request fields of the same name as a resource's, which a list read filters by (the call's controls and
    /// the identifier aside); each a scalar's text, by wire-name key.
    private func filters(_ values: [String: JSONValue]) -> [(String, String)] {
        let identifier = placement.requestIdentifier?.first.map(WireName.key)
        return values.compactMap { name, value in
            let key = WireName.key(name)
            guard key != identifier, !Self.controls.contains(key), let text = value.scalarText else { return nil }
            return (key, text)
        }.sorted { $0.0 < $1.0 }
    }

    // MARK: Modify and delete

    private func modify(_ values: [String: JSONValue]) async throws -> JSONValue {
        guard let ids = requestedIdentifiers(values), !ids.isEmpty else {
            throw ServedError.missing(placement.requestIdentifier?.joined(separator: ".") ?? "Id")
        }
        let identifierKey = placement.requestIdentifier?.first.map(WireName.key)
        var changed: [(String, [String: JSONValue])] = []
        for id in ids {
            var fields = try await existing(id)
            for (name, value) in values
            where WireName.key(name) != identifierKey
                && !Self.controls.contains(WireName.key(name))
            {
                let current = fields.keys.first { WireName.key($0) == WireName.key(name) } ?? name
                fields[current] = value
            }
            changed.append((id, fields))
        }
        guard try await store.put(spec.product, spec.version, placement.kind, changed) else { throw Self.full }
        return .object(shape.object(shape.topLevel(operation.response), from: changed[0].1))
    }

    private func delete(_ values: [String: JSONValue]) async throws -> JSONValue {
        guard let ids = requestedIdentifiers(values), !ids.isEmpty else {
            throw ServedError.missing(placement.requestIdentifier?.joined(separator: ".") ?? "Id")
        }
        var removed: [[String: JSONValue]] = []
        for id in ids { removed.append(try await existing(id)) }
        try await store.remove(spec.product, spec.version, placement.kind, ids: ids)
        // The answer documents what was removed (CS's cluster_id), from the resource as it was.
        return .object(shape.object(shape.topLevel(operation.response), from: removed[0]))
    }

    // MARK: Identifiers and NotFound

    /// The identifiers the call names: one, a list, a JSON array sent as text (`["i-1","i-2"]`) or text joined
    /// with commas; nil when it names none.
    private func requestedIdentifiers(_ values: [String: JSONValue]) -> [String]? {
        guard let path = placement.requestIdentifier, let value = JSONValue.object(values).value(at: path) else {
            return nil
        }
        switch value {
        case .array(let elements): return elements.compactMap(\.scalarText)
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("["),
                case .array(let elements)? = try? JSONDecoder().decode(
                    JSONValue.self, from: Data(trimmed.utf8))
            {
                return elements.compactMap(\.scalarText)
            }
            return trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        default: return value.scalarText.map { [$0] }
        }
    }

    private func existing(_ id: String) async throws -> [String: JSONValue] {
        guard let fields = await store.fields(spec.product, spec.version, placement.kind, id: id) else {
            throw notFound(id)
        }
        return fields
    }

    /// Whether this operation's own error table lists the resource's NotFound code (a list read then refuses an
    /// identifier that is not there, as the service does; otherwise it lists only those that are).
    private var documentsNotFound: Bool {
        guard let code = resource?.notFoundCode else { return false }
        return operation.errors.contains { $0.code == code }
    }

    /// The resource's documented NotFound code, with the status and message documented for it: this operation's row
    /// (a 404 one first: a table may list the code under 400 too, with another error's message), else the row most of
    /// the product's operations document (404 first among equals); `<Kind>.NotFound` (404) when none is documented.
    private func notFound(_ id: String) -> ServedError {
        let identifier = resource?.identifier ?? "Id"
        let code = resource.map(EmulatedProduct.notFoundCode) ?? "\(placement.kind).NotFound"
        let own = operation.errors.filter { $0.code == code }
        let row = own.first { $0.httpStatus == 404 } ?? own.first ?? Self.mostDocumented(code, in: spec)
        return ServedError(
            status: row?.httpStatus ?? 404, code: code,
            message: row?.message ?? "The specified \(identifier) \(id) does not exist.")
    }

    /// The row of `code` that most operations of the product document, a 404 one first among equals, then the first.
    static func mostDocumented(_ code: String, in spec: ServiceSpec) -> DocumentedError? {
        var counts: [[String]: (row: DocumentedError, count: Int, first: Int)] = [:]
        for (index, row) in spec.operations.flatMap(\.errors).enumerated() where row.code == code {
            let key = [String(row.httpStatus ?? 0), row.message]
            let seen = counts[key]
            counts[key] = (row, (seen?.count ?? 0) + 1, seen?.first ?? index)
        }
        return counts.values.max { a, b in
            if a.count != b.count { return a.count < b.count }
            if (a.row.httpStatus == 404) != (b.row.httpStatus == 404) { return b.row.httpStatus == 404 }
            return a.first > b.first
        }?.row
    }

    private func integer(_ value: JSONValue?) -> Int? {
        switch value {
        case .integer(let number)?: Int(exactly: number)
        case .string(let text)?: Int(text)
        default: nil
        }
    }

    /// The answer when the store is full.
    static let full = ServedError(
        status: 400, code: "QuotaExceeded",
        message:
            "The emulator holds its most resources (\(ResourceStore.capacity), \(ResourceStore.byteCapacity >> 20) MiB)."
    )

    /// Whether a field is documented as a number, so its identifiers are minted and answered as numbers.
    static func isNumber(_ field: Field?) -> Bool { [.integer, .long, .float, .double].contains(field?.type) }

    /// An identifier as the answer documents it: a number where the field is an integer, else text.
    static func identifier(_ id: String, numeric: Bool) -> JSONValue {
        if numeric, let number = Int64(id) { return .integer(number) }
        return .string(id)
    }

    static func timestamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle(timeZone: .gmt).format(date)
    }
}

/// New identifiers in the form the documentation's example shows: `vpc-` and as many random letters and digits as
/// the example has after its prefix; 32 hexadecimal digits for an example without one (`c82e6987…`); the kind in
/// lower case and 20 characters when there is no example; digits (from 10^9) where the identifier is documented as an
/// integer.
enum IdentifierMint {
    static func make(like example: String?, kind: String, numeric: Bool = false) -> String {
        if numeric { return String(Int64.random(in: 1_000_000_000...9_999_999_999)) }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let hex = Array("0123456789abcdef")
        func random(_ count: Int, from characters: [Character]) -> String {
            String((0..<count).map { _ in characters.randomElement() ?? "0" })
        }
        guard let example = example?.replacingOccurrences(of: "*", with: ""), !example.isEmpty else {
            return kind.lowercased() + "-" + random(20, from: alphabet)
        }
        if let dash = example.lastIndex(of: "-") {
            let prefix = example[...dash]
            return prefix + random(max(12, example.distance(from: dash, to: example.endIndex) - 1), from: alphabet)
        }
        return random(max(16, example.count), from: hex)
    }
}
