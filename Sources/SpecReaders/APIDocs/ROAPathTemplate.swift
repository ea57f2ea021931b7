import Foundation
import SpecIR

/// Checks a ROA operation's `path` against its path parameters.
///
/// Rules, each reported as a warning: a path parameter written `[name]` instead of `{name}` (airec)
/// is read as `{name}`; a path ending in `/*` whose one path parameter it does not name (Cloud Control's
/// `requestPath`) is that parameter's value whole, `{+requestPath}` (RFC 6570's reserved expansion: its `/`
/// kept), as the official SDKs send it; a `{name}` that no path parameter fills, or a path parameter the path
/// does not name, is reported (the first makes every call fail with `ROAPathError`, the second is sent
/// nowhere).
enum ROAPathTemplate {
    static func normalise(
        _ path: String, parameters: [Field], operation: String, at position: TextPosition, context: inout APIDocsContext
    ) -> String {
        let names = parameters.filter { $0.placement == .path }.map(\.name)
        if path.hasSuffix("/*"), names.count == 1, !path.contains("{\(names[0])}") {
            context.warn(
                "\(operation).path \(path) ends in * and names no {\(names[0])}: the path is \(names[0])'s value whole, "
                    + "as the official SDKs send it",
                at: position)
            return "{+\(names[0])}"
        }
        var result = path
        for name in names where !result.contains("{\(name)}") && result.contains("[\(name)]") {
            result = result.replacingOccurrences(of: "[\(name)]", with: "{\(name)}")
            context.warn(
                "\(operation).path writes the path parameter \(name) as [\(name)]; it is read as {\(name)}",
                at: position)
        }
        for name in placeholders(result) where !names.contains(name) {
            context.warn(
                "\(operation).path names {\(name)}, which no path parameter fills; calls will fail", at: position)
        }
        for name in names where !result.contains("{\(name)}") && !result.contains("{+\(name)}") {
            context.warn(
                "\(operation)'s path parameter \(name) is not in its path \(result); it is not sent", at: position)
        }
        return result
    }

    private static func placeholders(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close].drop { $0 == "+" }))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
