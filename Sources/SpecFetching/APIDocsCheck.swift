import AliyunRuntime
import Foundation

/// Checks that a download is the api-docs document asked for before anything is written: JSON, an object with
/// `info.product` and `info.version` naming the product and version asked for (the product without regard to case)
/// and an `apis` object.
public enum APIDocsCheck {
    /// The largest document accepted: the transport's limit on a body (the largest of the corpus is under 10 MiB).
    public static let maximumSize = AsyncHTTPClientTransport.maximumBodySize

    /// Checks `bytes`, downloaded from `url` for `product` at `version`.
    ///
    /// - Throws: ``MetadataError`` saying what the bytes are instead.
    public static func check(_ bytes: [UInt8], product: String, version: String, url: String) throws(MetadataError) {
        let what = "the answer of \(url)"
        guard bytes.count <= maximumSize else {
            throw MetadataError("\(what) is \(bytes.count) bytes, more than the \(maximumSize) an api-docs may be")
        }
        guard !bytes.isEmpty else { throw MetadataError("\(what) is empty") }
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw MetadataError("\(what) is not JSON (truncated?), \(bytes.count) bytes; nothing was written")
        }
        guard let object = document as? [String: Any], let info = object["info"] as? [String: Any] else {
            throw MetadataError("\(what) is not an api-docs document (no `info` object); nothing was written")
        }
        let named = info["product"] as? String ?? ""
        guard named.lowercased() == product.lowercased() else {
            throw MetadataError(
                "\(what) describes product '\(named)', not \(product); nothing was written")
        }
        let namedVersion = info["version"] as? String ?? ""
        guard namedVersion == version else {
            throw MetadataError("\(what) describes version '\(namedVersion)' of \(product), not \(version)")
        }
        guard object["apis"] is [String: Any] else {
            throw MetadataError("\(what) has no `apis` object: not an api-docs document; nothing was written")
        }
    }
}
