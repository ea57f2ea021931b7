import Foundation
import NIOConcurrencyHelpers

/// Alibaba Cloud's metadata service on 127.0.0.1, serving a corpus folder (`<product>/<version>/api-docs.json`, as
/// `../shared/corpus` holds it): `/meta/v1/products.json` lists every product (its code and style read from its
/// newest spec's `info`, its versions from the folders, the newest the default), and
/// `/meta/v1/products/{Code}/versions/{Version}/api-docs.json` answers the file. A test replaces a document (an
/// upstream that changed) with ``replace(product:version:with:)`` and injects faults with `fault`.
public final class CorpusMetadataServer: Sendable {
    /// The server.
    public let server: LoopbackServer
    private let replaced: NIOLockedValueBox<[String: [UInt8]]>
    private let counts: NIOLockedValueBox<[String: Int]>

    /// The address to pass as `--metadata-url`.
    public var url: String { server.url }

    /// Serves `corpus`, only the `products` (folder names) given when not nil; `fault` answers the `n`th request
    /// (from 0) of a path instead when it returns a reply.
    public init(
        corpus: URL, products: Set<String>? = nil,
        fault: @escaping @Sendable (_ path: String, _ n: Int) -> LoopbackServer.Reply? = { _, _ in nil }
    ) async throws {
        let catalog = try Self.catalog(corpus, products: products)
        let replaced = NIOLockedValueBox<[String: [UInt8]]>([:])
        let counts = NIOLockedValueBox<[String: Int]>([:])
        self.replaced = replaced
        self.counts = counts
        let listing = try JSONSerialization.data(withJSONObject: catalog.map(\.json), options: [.sortedKeys])
        server = try await LoopbackServer { request in
            let path = String(request.uri.prefix { $0 != "?" })
            let n = counts.withLockedValue { counts in
                defer { counts[path, default: 0] += 1 }
                return counts[path, default: 0]
            }
            if let reply = fault(path, n) { return reply }
            if path == "/meta/v1/products.json" {
                return .respondBytes(status: 200, headers: ["content-type": "application/json"], body: Array(listing))
            }
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 7, parts[0] == "meta", parts[2] == "products", parts[4] == "versions",
                parts[6] == "api-docs.json",
                let product = catalog.first(where: { $0.code.lowercased() == parts[3].lowercased() })
            else {
                return .respond(status: 404, headers: [:], body: #"{"code":"NotFound"}"#, delay: .zero)
            }
            if let bytes = replaced.withLockedValue({ $0["\(product.folder)/\(parts[5])"] }) {
                return .respondBytes(status: 200, headers: ["content-type": "application/json"], body: bytes)
            }
            let file = corpus.appendingPathComponent(product.folder).appendingPathComponent(parts[5])
                .appendingPathComponent("api-docs.json")
            guard let bytes = FileManager.default.contents(atPath: file.path) else {
                return .respond(status: 404, headers: [:], body: #"{"code":"NotFound"}"#, delay: .zero)
            }
            return .respondBytes(status: 200, headers: ["content-type": "application/json"], body: Array(bytes))
        }
    }

    /// Answers `bytes` for a product folder's version from now on.
    public func replace(product folder: String, version: String, with bytes: [UInt8]) {
        replaced.withLockedValue { $0["\(folder)/\(version)"] = bytes }
    }

    /// How many requests of `path` arrived.
    public func requests(of path: String) -> Int {
        counts.withLockedValue { $0[path, default: 0] }
    }

    /// Stops the server.
    public func stop() async throws {
        try await server.stop()
    }

    private struct Product {
        var folder: String
        var code: String
        var style: String
        var versions: [String]

        var json: [String: Any] {
            [
                "code": code, "name": "\(code) (corpus)", "shortName": code.uppercased(), "group": "corpus",
                "style": style, "versions": versions, "defaultVersion": versions.max() ?? "",
            ]
        }
    }

    private static func catalog(_ corpus: URL, products: Set<String>?) throws -> [Product] {
        let manager = FileManager.default
        return try manager.contentsOfDirectory(atPath: corpus.path).sorted().compactMap { folder in
            guard products?.contains(folder) ?? true else { return nil }
            let versions =
                ((try? manager.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path)) ?? [])
                .filter {
                    manager.fileExists(
                        atPath: corpus.appendingPathComponent("\(folder)/\($0)/api-docs.json").path)
                }.sorted()
            guard let newest = versions.last else { return nil }
            let handle = try FileHandle(
                forReadingFrom: corpus.appendingPathComponent("\(folder)/\(newest)/api-docs.json"))
            defer { try? handle.close() }
            let head = String(decoding: try handle.read(upToCount: 512) ?? Data(), as: UTF8.self)
            return Product(
                folder: folder, code: value(of: "product", in: head) ?? folder,
                style: value(of: "style", in: head) ?? "RPC", versions: versions)
        }
    }

    /// The first string value of `key` in a JSON text's start.
    private static func value(of key: String, in text: String) -> String? {
        guard let range = text.range(of: #""\#(key)"\s*:\s*"([^"]*)""#, options: .regularExpression) else {
            return nil
        }
        let match = text[range]
        guard let colon = match.firstIndex(of: ":") else { return nil }
        return match[match.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \n\t\""))
    }
}
