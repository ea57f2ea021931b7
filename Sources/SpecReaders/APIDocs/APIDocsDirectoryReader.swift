import SpecIR

/// Reads the top-level `directories` array: the documentation's table of contents, which files each
/// operation under a resource heading.
///
/// Shapes read (every one found across the 264 products of the corpus): an element is an operation's name
/// (listed at the top level, in no directory) or a directory object {`title`, `children`[]} whose children
/// are again names or directories, nested up to three deep; `id` and `type` (always `directory`) are
/// ignored. The corpus also has empty directories, siblings with the same title, operations listed in
/// two directories, and products with no directory at all.
///
/// Resolutions, each keeping the run going: the first listing of an operation wins; a name that is not an
/// operation of `apis`, an element that is neither a name nor an object, or a directory without an array of
/// `children` is reported as a warning and skipped; a directory without a title is reported and its
/// children are filed under its parent. Titles are trimmed and their white space folded.
enum APIDocsDirectoryReader {
    /// Each listed operation's directory path, outermost title first; operations listed at the top level
    /// have an empty path.
    static func read(
        _ node: JSONNode?, operations: Set<String>, context: inout APIDocsContext
    ) -> [String: [String]] {
        guard let node else { return [:] }
        guard let elements = node.elements else {
            context.warn(
                "\"directories\" must be an array, found \(node.kindName); operations are not grouped",
                at: node.position)
            return [:]
        }
        var paths: [String: [String]] = [:]
        read(elements, path: [], operations: operations, into: &paths, context: &context)
        return paths
    }

    private static func read(
        _ elements: [JSONNode], path: [String], operations: Set<String>, into paths: inout [String: [String]],
        context: inout APIDocsContext
    ) {
        for element in elements {
            switch element.value {
            case .string(let name):
                guard operations.contains(name) else {
                    context.warn(
                        "\"directories\" lists \"\(name)\", which is not an operation of \"apis\"; it is skipped",
                        at: element.position)
                    continue
                }
                if paths[name] == nil { paths[name] = path }
            case .object:
                guard let children = element["children"]?.elements else {
                    context.warn(
                        "directory entry without a \"children\" array; it is skipped", at: element.position)
                    continue
                }
                let title = element["title"]?.text.map(InlineText.fold) ?? ""
                if title.isEmpty {
                    context.warn(
                        "directory entry without a \"title\"; its operations are filed under its parent",
                        at: element.position)
                }
                read(
                    children, path: title.isEmpty ? path : path + [title], operations: operations, into: &paths,
                    context: &context)
            default:
                context.warn(
                    "\"directories\" entry is \(element.kindName), neither an operation name nor a directory; "
                        + "it is skipped",
                    at: element.position)
            }
        }
    }
}
