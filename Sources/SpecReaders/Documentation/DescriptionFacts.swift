import SpecIR

/// What a description says that the IR keeps: its normalised text, allowed values and default.
struct DescriptionFacts: Equatable {
    var text: String
    var allowedValues: [AllowedValue]
    var defaultValue: String?

    init(blocks: [DocBlock]) {
        text = DescriptionText.render(blocks)
        allowedValues = AllowedValueExtractor.extract(from: blocks)
        defaultValue = DefaultValueExtractor.extract(from: blocks) ?? AllowedValueExtractor.markedDefault(in: blocks)
    }

    init(markdown: String) {
        self.init(blocks: MarkdownBlocks.parse(markdown))
    }
}
