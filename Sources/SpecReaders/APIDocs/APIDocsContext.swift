import SpecIR

/// State shared while reading one api-docs file: where things are and what went wrong.
struct APIDocsContext {
    let input: SpecInput
    /// The overlays' paths, in the order of their file indices (``TextPosition/file`` 1, 2, …).
    var overlayPaths: [String] = []
    var diagnostics: [Diagnostic] = []
    /// The names of `components.schemas`, which `$ref`s may name.
    var componentNames: Set<String> = []

    func location(_ position: TextPosition) -> SourceLocation {
        let file = position.file == 0 ? input.path : overlayPaths[position.file - 1]
        return SourceLocation(file: file, line: position.line, column: position.column)
    }

    func error(_ message: String, at position: TextPosition) -> DiagnosticError {
        DiagnosticError(message, at: location(position))
    }

    mutating func warn(_ message: String, at position: TextPosition) {
        diagnostics.append(Diagnostic(.warning, message, at: location(position)))
    }

    /// The member `key` of `node`, which must be an object.
    func object(_ node: JSONNode, _ what: String) throws(DiagnosticError) -> [JSONNode.Member] {
        guard let members = node.members else {
            throw error("\(what) must be an object, found \(node.kindName)", at: node.position)
        }
        return members
    }

    /// The elements of `node`, which must be an array.
    func array(_ node: JSONNode, _ what: String) throws(DiagnosticError) -> [JSONNode] {
        guard let elements = node.elements else {
            throw error("\(what) must be an array, found \(node.kindName)", at: node.position)
        }
        return elements
    }

    /// The text of `node`, which must be a string (or a number written bare).
    func text(_ node: JSONNode, _ what: String) throws(DiagnosticError) -> String {
        guard let text = node.text else {
            throw error("\(what) must be a string, found \(node.kindName)", at: node.position)
        }
        return text
    }

    /// The text of member `key` of `node`; missing is an error.
    func requiredText(_ node: JSONNode, _ key: String, _ what: String) throws(DiagnosticError) -> String {
        guard let member = node[key] else { throw error("\(what) is missing", at: node.position) }
        return try text(member, what)
    }
}
