/// Why a template does not parse or does not render: the template, the line of the tag, and what is wrong.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's name.
    public var template: String
    /// The 1-based line of the tag in the template; nil when the error is not about one tag.
    public var line: Int?
    /// What is wrong, naming the tag's name.
    public var message: String

    /// Creates an error.
    public init(template: String, line: Int?, message: String) {
        self.template = template
        self.line = line
        self.message = message
    }

    /// `template NAME, line N: message`.
    public var description: String {
        "template \(template)\(line.map { ", line \($0)" } ?? ""): \(message)"
    }
}
