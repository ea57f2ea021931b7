import SpecIR

/// What translating one service accumulates: the files to render.
struct TranslationContext {
    let options: GenerationOptions
    let header: HeaderViewModel
    var files: [FileViewModel] = []

    var access: String { options.accessModifier }

    init(options: GenerationOptions, sources: [String]) {
        self.options = options
        header = HeaderViewModel(
            generator: "aliyun-codegen", sources: sources,
            accessModifier: options.accessModifier)
    }

    mutating func add(_ path: String, _ template: String, _ context: any Sendable) {
        files.append(FileViewModel(path: path, template: template, context: context))
    }
}
