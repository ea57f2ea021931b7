import SpecIR

/// What translating one service shares and accumulates: options, the file header, and the
/// diagnostics of rules that cannot be generated as documented.
struct TranslationContext: Sendable {
    let options: GenerationOptions
    let header: HeaderViewModel
    /// The service's style: which runtime its requests and client are written for.
    var style = ServiceStyle.rpc
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<String> = []

    var access: String { options.accessModifier }

    init(options: GenerationOptions, sources: [String]) {
        self.options = options
        header = HeaderViewModel(generator: "aliyun-codegen", sources: sources)
    }

    /// The same options and header, with no diagnostics yet: for translating one part on its own.
    func withoutDiagnostics() -> TranslationContext {
        var context = TranslationContext(options: options, header: header)
        context.style = style
        return context
    }

    private init(options: GenerationOptions, header: HeaderViewModel) {
        self.options = options
        self.header = header
    }

    /// Reports a problem once per location and message.
    mutating func warn(_ message: String, at location: SourceLocation) {
        guard reported.insert("\(location)\u{0}\(message)").inserted else { return }
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }
}

/// A declaration and the file it goes to when every type has a file of its own.
struct PlacedDeclaration {
    /// The file name without `.swift` in the per-type layout: `ModifyImageAttributeRequest+Query`.
    var stem: String
    var declaration: DeclarationViewModel
}
