extension Redaction {
    /// A URL as descriptions and logs show a source: scheme, host, port and path, without the user
    /// information (`user:password@`) and without the query and fragment, any of which may carry a secret.
    public static func location(_ url: String) -> String {
        let bare = removingUserInfo(url)
        return bare.firstIndex { $0 == "?" || $0 == "#" }.map { String(bare[..<$0]) } ?? bare
    }

    /// The URL without the user information (`user:password@`) of its authority.
    static func removingUserInfo(_ url: String) -> String {
        let authorityStart = url.range(of: "://")?.upperBound ?? url.startIndex
        let authorityEnd = url[authorityStart...].firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? url.endIndex
        guard let at = url[authorityStart..<authorityEnd].lastIndex(of: "@") else { return url }
        return String(url[..<authorityStart]) + String(url[url.index(after: at)...])
    }
}
