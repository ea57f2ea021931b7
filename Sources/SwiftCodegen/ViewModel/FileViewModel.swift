/// One generated file: its path inside the output directory, the template that renders it, and the
/// context the template sees.
public struct FileViewModel: Sendable {
    /// Path relative to the output directory, with `/` separators.
    public var path: String
    /// The template's name in `Templates/`, without `.mustache`.
    public var template: String
    /// The context object (a view-model struct).
    public var context: any Sendable

    /// Creates a file.
    public init(path: String, template: String, context: any Sendable) {
        self.path = path
        self.template = template
        self.context = context
    }
}

/// What every file's header shows.
struct HeaderViewModel: Sendable {
    var generator: String
    var sources: [String]
    var accessModifier: String
}
