import SpecIR

/// Finds the allowed values a description lists.
///
/// A list counts as a list of values only when the paragraph before it introduces values
/// (取值范围, 可能值, 枚举值, 可选值, 仅支持, "Valid values", "Possible values", "Enumeration
/// values", "Only … supported") and every top-level item starts with a value: a bare token or a
/// backquoted text, optionally followed by `：`/`: ` and its description. Notes never give values.
/// A value listed twice keeps its first place and its first non-empty description.
enum AllowedValueExtractor {
    static let introducers = [
        "取值范围", "可能值", "枚举值", "可选值", "取值如下", "仅支持", "valid value", "possible value",
        "enumeration value", "enumerated value", "allowed value", "supported value",
    ]

    private static let numberRange = RulePattern(#"\d\s*(?:~|～|至)\s*\d"#)

    /// A listed value and whether the list marks it as the default.
    typealias MarkedValue = (value: AllowedValue, isDefault: Bool)

    static func extract(from blocks: [DocBlock]) -> [AllowedValue] {
        values(in: valueLists(in: blocks))
    }

    /// The values of the lists, each once, in order.
    static func values(in lists: [[MarkedValue]]) -> [AllowedValue] {
        var values: [AllowedValue] = []
        for list in lists { merge(list.map(\.value), into: &values) }
        return values
    }

    /// The value a value list marks as the default, if any.
    static func markedDefault(in lists: [[MarkedValue]]) -> String? {
        lists.lazy.compactMap { $0.first(where: \.isDefault)?.value.value }.first
    }

    /// Every list of values in the blocks: the list items, or the bare-value paragraph, that
    /// directly follow a paragraph introducing values.
    static func valueLists(in blocks: [DocBlock]) -> [[MarkedValue]] {
        var lists: [[MarkedValue]] = []
        var index = 0
        while index < blocks.count {
            guard case .paragraph(let text) = blocks[index], introducesValues(text) else {
                index += 1
                continue
            }
            index += 1
            if index < blocks.count, case .paragraph(let next) = blocks[index], let bare = bareValues(next) {
                lists.append(bare)
                index += 1
                continue
            }
            var listed: [MarkedValue] = []
            var isValueList = true
            while index < blocks.count, case .listItem(let item, let depth) = blocks[index] {
                index += 1
                guard depth == 0 else { continue }
                // An item labelled with a range (`cloud_efficiency：20~32768`) is a case, not a value.
                if let marked = parseMarkedItem(item), !Self.numberRange.matches(marked.value.description) {
                    listed.append(marked)
                } else {
                    isValueList = false
                }
            }
            if isValueList, !listed.isEmpty { lists.append(listed) }
        }
        return lists
    }

    static func introducesValues(_ paragraph: String) -> Bool {
        let lowered = TextCase.lowercased(paragraph)
        if introducers.contains(where: lowered.containsText) { return true }
        if lowered.hasSuffix("取值：") || lowered.hasSuffix("取值:") { return true }
        return lowered.containsText("only") && lowered.containsText("supported")
    }

    /// Markers after a value that make it the default: `PL1（默认）：…`, `false (default): …`.
    static let defaultMarkers = ["（默认值）", "（默认）", "(默认值)", "(默认)", " (default)", "（default）"]

    /// `VALUE：description`, `VALUE: description`, `` `VALUE` ``, or a bare token.
    static func parseItem(_ item: String) -> AllowedValue? {
        parseMarkedItem(item)?.value
    }

    /// An item and whether it is marked as the default.
    static func parseMarkedItem(_ item: String) -> MarkedValue? {
        let (head, description) = splitHead(item)
        var text = InlineText.fold(head)
        var isDefault = false
        for marker in defaultMarkers where text.hasSuffix(InlineText.fold(marker)) {
            text = InlineText.fold(text.dropLast(InlineText.fold(marker).count))
            isDefault = true
        }
        let value = unquote(Substring(text))
        guard isValueToken(value) else { return nil }
        return (AllowedValue(value: value, description: description), isDefault)
    }

    /// A paragraph made only of bare values, one per sentence (`PL0。 PL1（默认）。 PL2。`): a value
    /// list whose item markers the source lost. Needs at least two values.
    static func bareValues(_ paragraph: String) -> [MarkedValue]? {
        let sentences = paragraph.split(separator: "。").map { InlineText.fold($0) }.filter { !$0.isEmpty }
        guard sentences.count >= 2 else { return nil }
        var values: [MarkedValue] = []
        for sentence in sentences {
            guard let parsed = parseMarkedItem(sentence), parsed.value.description.isEmpty else { return nil }
            values.append(parsed)
        }
        return values
    }

    private static func splitHead(_ item: String) -> (Substring, String) {
        if item.hasPrefix("`"), let close = item.dropFirst().firstIndex(of: "`") {
            let rest = item[item.index(after: close)...].drop(while: { $0 == " " })
            let description = rest.first == "：" || rest.first == ":" ? rest.dropFirst() : rest
            return (item[...close], InlineText.fold(description))
        }
        if let colon = item.firstIndex(of: "：") {
            return (item[..<colon], InlineText.fold(item[item.index(after: colon)...]))
        }
        if let range = item.range(of: ": ") {
            return (item[..<range.lowerBound], InlineText.fold(item[range.upperBound...]))
        }
        if item.hasSuffix(":") {
            return (item.dropLast(), "")
        }
        return (Substring(item), "")
    }

    private static func unquote(_ head: Substring) -> String {
        var value = InlineText.fold(head)
        for marker in ["`", "**", "\""] where value.count > 2 * marker.count {
            if value.hasPrefix(marker) && value.hasSuffix(marker) {
                value = String(value.dropFirst(marker.count).dropLast(marker.count))
            }
        }
        return value
    }

    /// A value is short, starts with a letter or digit, and holds no CJK text or sentence punctuation.
    static func isValueToken(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first.isASCII,
            first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "-",
            value.count <= 64
        else { return false }
        let allowedPunctuation: Set<Character> = ["_", ".", "-", "/", "+", "*", ":", "@", " ", "#"]
        guard value.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || allowedPunctuation.contains($0) })
        else { return false }
        return value.split(separator: " ").count <= 4
    }

    private static func merge(_ listed: [AllowedValue], into values: inout [AllowedValue]) {
        for value in listed {
            if let existing = values.firstIndex(where: { $0.value == value.value }) {
                if values[existing].description.isEmpty { values[existing].description = value.description }
            } else {
                values.append(value)
            }
        }
    }
}
