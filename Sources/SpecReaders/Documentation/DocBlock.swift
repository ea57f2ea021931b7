/// One block of a description, the common ground of HTML cells and api-docs Markdown.
enum DocBlock: Equatable, Sendable {
    /// A paragraph of running text.
    case paragraph(String)
    /// A list item; `depth` is 0 for a top-level list.
    case listItem(String, depth: Int)
    /// A note or warning box (说明, 重要, Note, Important); its label is not kept.
    case note(String)
}
