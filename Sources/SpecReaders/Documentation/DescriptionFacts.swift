import SpecIR

/// What a description says that the IR keeps: its normalised text, allowed values and default.
struct DescriptionFacts: Equatable {
    var text: String
    var allowedValues: [AllowedValue]
    var defaultValue: String?

    init(blocks: [DocBlock]) {
        text = DescriptionText.render(blocks)
        let lists = AllowedValueExtractor.valueLists(in: blocks)
        allowedValues = AllowedValueExtractor.values(in: lists)
        defaultValue = DefaultValueExtractor.extract(from: blocks) ?? AllowedValueExtractor.markedDefault(in: lists)
    }

    init(markdown: String) {
        self = Self.memo.value(for: ExactText(markdown)) { DescriptionFacts(blocks: MarkdownBlocks.parse(markdown)) }
    }

    /// The facts of each distinct Markdown description met, since they depend on its text alone.
    private static let memo = Memo<ExactText, DescriptionFacts>(capacity: 50_000)
}
