/// One product of the metadata service's list: its code (`Ecs`, `Dysmsapi`: how its api-docs' address names it),
/// names, API style, versions and the version used when none is asked for.
public struct ProductEntry: Sendable, Hashable, Codable {
    /// The product code, as the service spells it.
    public var code: String
    /// The product's name (in the list's language).
    public var name: String
    /// A short name (`ECS`), when the list gives one.
    public var shortName: String?
    /// The product's group (`弹性计算`, `Elastic Computing`), when the list gives one.
    public var group: String?
    /// `RPC`, `ROA`, …
    public var style: String?
    /// Every API version published, as listed.
    public var versions: [String]
    /// The version used when none is named.
    public var defaultVersion: String?

    /// A product.
    public init(
        code: String, name: String, shortName: String? = nil, group: String? = nil, style: String? = nil,
        versions: [String], defaultVersion: String? = nil
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.group = group
        self.style = style
        self.versions = versions
        self.defaultVersion = defaultVersion
    }

    /// The version a fetch takes when none is named: the default, else the newest listed.
    public var chosenVersion: String? {
        if let defaultVersion, !defaultVersion.isEmpty { return defaultVersion }
        return versions.max()
    }

    /// Whether `text` appears, ignoring case, in the code, the names or the group.
    public func matches(_ text: String) -> Bool {
        let wanted = text.lowercased()
        return [code, name, shortName ?? "", group ?? ""].contains { $0.lowercased().contains(wanted) }
    }
}
