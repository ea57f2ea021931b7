import AliyunRuntime
import Foundation

/// `--pager`: every page of a paged operation merged into one JSON answer, as aliyun-cli's `--pager`
/// merges them.
///
/// The answer is the first page's, with the list at `listPath` (wire names, e.g. `Images`, `Image`)
/// holding every page's items in order, and the next-page token (`tokenKey`) removed. Without a list
/// path, the pages are printed as a JSON list.
public enum PagerOutput {
    /// Reads every page and merges them.
    public static func merge<Pages: AsyncSequence>(
        _ pages: Pages, listPath: [String], tokenKey: String?
    ) async throws -> JSONValue where Pages.Element: Encodable {
        var merged: JSONValue?
        var items: [JSONValue] = []
        var all: [JSONValue] = []
        for try await page in pages {
            let value = try JSONValue(encoding: page)
            all.append(value)
            if merged == nil { merged = value }
            if case .array(let elements)? = JSONPath(keys: listPath).value(in: value) { items += elements }
        }
        guard !listPath.isEmpty, var result = merged else { return .array(all) }
        result.set(.array(items), at: listPath)
        if let tokenKey, case .object(var members) = result {
            members[tokenKey] = nil
            result = .object(members)
        }
        return result
    }
}

extension JSONValue {
    fileprivate mutating func set(_ value: JSONValue, at path: [String]) {
        guard let key = path.first else {
            self = value
            return
        }
        guard case .object(var members) = self else { return }
        var child = members[key] ?? .object([:])
        child.set(value, at: Array(path.dropFirst()))
        members[key] = child
        self = .object(members)
    }
}
