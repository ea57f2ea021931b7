/// Finds a documented default value: 「默认值：X」 or "Default value: X" in a paragraph.
///
/// 空, empty and "an empty string" mean the empty string. A default that is not a plain value
/// (a sentence, a reference to another parameter) is not taken.
enum DefaultValueExtractor {
    private static let markers = [
        "默认值：", "默认值:", "默认值为", "默认为", "default value:", "default value is", "default:",
    ]
    private static let emptyWords: Set<String> = [
        "空", "无", "空字符串", "empty", "an empty string", "null", "empty string", "none",
    ]

    static func extract(from blocks: [DocBlock]) -> String? {
        for case .paragraph(let text) in blocks {
            if let value = extract(fromSentence: text) { return value }
        }
        return nil
    }

    static func extract(fromSentence text: String) -> String? {
        let lowered = TextCase.lowercased(text)
        for marker in markers {
            guard let end = lowered.byteOffset(afterFirst: marker) else { continue }
            let offset = lowered.distance(
                from: lowered.startIndex, to: lowered.utf8.index(lowered.utf8.startIndex, offsetBy: end))
            let rest = text.dropFirst(offset).drop(while: { $0 == " " })
            let value = rest.prefix(while: { !"，,。；;（(".contains($0) })
            var candidate = InlineText.fold(value)
            if candidate.hasSuffix(".") { candidate.removeLast() }
            if emptyWords.contains(candidate.lowercased()) { return "" }
            let unquoted = candidate.trimmingBackquotes()
            if AllowedValueExtractor.isValueToken(unquoted) { return unquoted }
            return nil
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingBackquotes() -> String {
        count > 2 && hasPrefix("`") && hasSuffix("`") ? String(dropFirst().dropLast()) : self
    }
}
