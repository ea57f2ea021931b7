/// A product asked for on the command line: `ecs`, or `dysmsapi@2017-05-25` for a named version.
public struct ProductRequest: Sendable, Hashable {
    /// The product code as typed (matched without regard to case).
    public var product: String
    /// The version named, or nil for the product's default.
    public var version: String?

    /// A request.
    public init(product: String, version: String? = nil) {
        self.product = product
        self.version = version
    }

    /// Reads `PRODUCT` or `PRODUCT@VERSION`.
    ///
    /// - Throws: ``MetadataError`` for an empty product or version, or characters an address cannot carry.
    public init(parsing text: String) throws(MetadataError) {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        product = parts[0]
        version = parts.count > 1 ? parts[1] : nil
        let allowed = { (value: String) in
            !value.isEmpty
                && value.unicodeScalars.allSatisfy {
                    $0.isASCII
                        && ($0.properties.isAlphabetic
                            || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
                }
        }
        guard allowed(product), version.map(allowed) ?? true else {
            throw MetadataError(
                "'\(text)' is not PRODUCT or PRODUCT@VERSION (letters, digits, '-', '_' and '.'; e.g. ecs or "
                    + "dysmsapi@2017-05-25)")
        }
    }

    /// The listed product this request names, and the version to fetch.
    ///
    /// - Throws: ``MetadataError`` naming the closest codes when no product matches, or the versions listed when
    ///   the version is not one of them.
    public func resolve(in catalog: [ProductEntry]) throws(MetadataError) -> (entry: ProductEntry, version: String) {
        guard let entry = catalog.first(where: { $0.code.lowercased() == product.lowercased() }) else {
            let similar = catalog.filter { $0.matches(product) }.map(\.code).sorted().prefix(5)
            throw MetadataError(
                "no product '\(product)' in the metadata service's list"
                    + (similar.isEmpty ? "" : "; did you mean \(similar.joined(separator: ", "))?")
                    + " (`aliyun-codegen products --search TEXT` lists them)")
        }
        if let version {
            guard entry.versions.contains(version) else {
                throw MetadataError(
                    "\(entry.code) has no version \(version); its versions are "
                        + entry.versions.sorted().joined(separator: ", "))
            }
            return (entry, version)
        }
        guard let chosen = entry.chosenVersion else {
            throw MetadataError("\(entry.code) lists no version; name one: \(entry.code.lowercased())@VERSION")
        }
        return (entry, chosen)
    }
}
