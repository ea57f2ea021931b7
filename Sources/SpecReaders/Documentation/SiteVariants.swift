/// Resolves the `<props="site">…</props>` spans of api-docs Markdown to what one documentation site shows.
///
/// The zh-CN metadata marks text meant only for the China site (`china`), the international site
/// (`intl`) or partners (`partner`). The reader keeps what the China site's page shows: `china`
/// spans lose their tags, other sites' spans are removed, unmarked text stays. A span without its
/// closing tag runs to the end of the text.
enum SiteVariants {
    static let shownSite = "china"

    static func select(_ markdown: String, site: String = shownSite) -> String {
        guard markdown.containsText("<props") else { return markdown }
        var output = ""
        output.reserveCapacity(markdown.utf8.count)
        var rest = markdown[...]
        while let open = rest.range(of: "<props") {
            output += rest[..<open.lowerBound]
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else {
                rest = rest[rest.endIndex...]
                break
            }
            let attributes = rest[open.upperBound..<tagEnd]
            let body = rest[rest.index(after: tagEnd)...]
            let close = body.range(of: "</props>")
            let content = close.map { body[..<$0.lowerBound] } ?? body
            if attributes.contains("\"\(site)\"") { output += content }
            rest = close.map { body[$0.upperBound...] } ?? body[body.endIndex...]
        }
        output += rest
        return output.replacingOccurrences(of: "</props>", with: "")
    }
}
