import SpecIR

/// A project-owned correction of a fetched api-docs spec, in the api-docs format itself: operations the
/// metadata lacks, error codes it does not list, parameters it types wrongly. The reader merges it over the
/// spec before reading (``SpecOverlayMerge``), so what it says goes through the same reader as the spec, and
/// everything it adds or changes is located in the overlay file.
///
/// ```json
/// {
///   "overlayOf": {"product": "Oss", "version": "2019-05-17"},
///   "apis": {
///     "*": {"x-source": "https://…/error-codes", "errorCodes": {"404": [{"errorCode": "NoSuchBucket"}]}},
///     "DeleteMultipleObjects": {"x-source": "https://…/deletemultipleobjects", "path": "/?delete", …},
///     "PutObject": {"x-source": "https://…/putobject", "parameters": [{"name": "x-oss-meta-*", "x-remove": true}]},
///     "Retired": {"x-source": "https://…/release-notes", "x-remove": true}
///   }
/// }
/// ```
///
/// Every entry of `apis` and `components.schemas` cites the documentation page it comes from (`x-source`,
/// an `https://` address): an overlay is a claim about the service, and a claim needs its source.
public struct SpecOverlay: Sendable {
    /// The overlay's path, as locations name it.
    public let path: String
    /// The product of the spec it corrects (`info.product`, compared without case).
    public let product: String
    /// The version of the spec it corrects (`info.version`).
    public let version: String
    let root: JSONNode
    let bytes: [UInt8]

    /// The top-level members an overlay may have; any other is a mistake worth an error.
    static let topLevelKeys: Set<String> = ["overlayOf", "apis", "components", "endpoints", "$comment"]

    /// Reads and checks an overlay file's bytes.
    ///
    /// - Throws: ``DiagnosticError`` located in the overlay: invalid JSON, no `overlayOf`, an unknown
    ///   top-level member, an entry without its `x-source`.
    public init(bytes: [UInt8], path: String) throws(DiagnosticError) {
        let input = try SpecInput(path: path, bytes: bytes)
        let root: JSONNode
        do {
            root = try JSONParser.parse(input.bytes)
        } catch {
            throw DiagnosticError(
                "invalid JSON: \(error.message)",
                at: SourceLocation(file: path, line: error.position.line, column: error.position.column))
        }
        func location(_ position: TextPosition) -> SourceLocation {
            SourceLocation(file: path, line: position.line, column: position.column)
        }
        guard let members = root.members else {
            throw DiagnosticError("a spec overlay must be a JSON object", at: location(root.position))
        }
        for member in members where !Self.topLevelKeys.contains(member.key) {
            throw DiagnosticError(
                "unknown overlay member \"\(member.key)\"; an overlay has "
                    + Self.topLevelKeys.sorted().map { "\"\($0)\"" }.joined(separator: ", "),
                at: location(member.position))
        }
        guard let target = root["overlayOf"], let product = target["product"]?.text,
            let version = target["version"]?.text
        else {
            throw DiagnosticError(
                "a spec overlay names the spec it corrects: \"overlayOf\": {\"product\": …, \"version\": …}",
                at: location(root.position))
        }
        for (container, what) in [(root["apis"], "apis"), (root["components"]?["schemas"], "components.schemas")] {
            guard let container else { continue }
            guard let entries = container.members else {
                throw DiagnosticError("\(what) must be an object", at: location(container.position))
            }
            for entry in entries {
                guard entry.value.members != nil else {
                    throw DiagnosticError(
                        "\(what).\(entry.key) must be an object (to remove it: {\"x-remove\": true, "
                            + "\"x-source\": \"https://…\"})", at: location(entry.value.position))
                }
                guard let source = entry.value["x-source"]?.text, source.hasPrefix("https://") else {
                    throw DiagnosticError(
                        "\(what).\(entry.key) does not cite its source: add \"x-source\" with the address "
                            + "(https://…) of the documentation page it comes from",
                        at: location(entry.position))
                }
            }
        }
        self.path = path
        self.product = product
        self.version = version
        self.root = root
        self.bytes = input.bytes
    }

    /// Whether this overlay corrects the spec of `product` at `version`.
    public func applies(toProduct product: String, version: String) -> Bool {
        self.product.lowercased() == product.lowercased() && self.version == version
    }

    /// What is merged over the spec: the overlay without `overlayOf` and `$comment`, parsed again with its
    /// positions marked as file `index` (``TextPosition/file``).
    func patch(asFile index: Int) -> JSONNode {
        // The bytes parsed once already in init, so parsing them again cannot fail.
        let root = (try? JSONParser.parse(bytes, file: index)) ?? root
        guard case .object(let members) = root.value else { return root }
        return JSONNode(
            value: .object(members.filter { $0.key != "overlayOf" && $0.key != "$comment" }), position: root.position)
    }
}
