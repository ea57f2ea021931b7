import SpecIR

/// The phrasings recognised as rules, zh-CN and en, each with what it means.
///
/// Patterns run on ``RuleText``-normalised sentences (no backquotes, full-width parentheses,
/// `~` for every tilde). A sentence may match several entries; every match is a finding.
struct ProseRule: Sendable {
    let name: String
    let pattern: RulePattern
    let build: @Sendable (_ captures: [String?]) -> [ProseFinding]

    init(
        _ name: String, _ pattern: String, caseInsensitive: Bool = false,
        build: @escaping @Sendable (_ captures: [String?]) -> [ProseFinding]
    ) {
        self.name = name
        self.pattern = RulePattern(pattern, caseInsensitive: caseInsensitive)
        self.build = build
    }
}

enum ProseRuleCatalogue {
    private static let to = #"\s*(?:~|-|至|到)\s*"#
    private static let englishList = #"(.+?)(?:\.\s|\.$|;|,\s*(?:and\s+)?(?:it|the|which)\b|$)"#
    private static let literal = #"[A-Za-z][A-Za-z0-9.:/_\-]*"#
    private static let literalList = "(\(literal)(?:\\s*(?:、|，|,|和|或者|或|及)\\s*\(literal))*)"

    static let all: [ProseRule] = length + characters + numbers + counts + values

    /// Every pattern needs a digit or one of these words (compared as the patterns compare them, so without
    /// case), so a sentence with neither skips the ~40 regular expressions: most description sentences state no
    /// rule.
    private static let triggerWords = RequiredLiterals(
        pattern: [
            "开头", "包含", "字符", "正整数", "取值", "可选值", "可能值", "枚举值", "只能", "由", "start", "begin", "contain",
            "empty", "unicode", "ascii",
        ].joined(separator: "|"), caseInsensitive: true)

    /// Whether any pattern could match the normalised sentence.
    static func mayMatch(_ sentence: String) -> Bool {
        // An ASCII digit byte, found without walking characters (a digit a mark extends only lets more through).
        if sentence.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { return true }
        return triggerWords?.mayMatch(sentence) ?? true
    }

    // MARK: length

    static let length: [ProseRule] = [
        ProseRule(
            "length.range",
            #"(?:字符)?长度(?:为|是|的取值范围为|的取值范围[：:]|取值范围为|取值范围[：:])?\s*(\d+)"# + to
                + #"(\d+)\s*(?:个)?(?:英文或中文|中英文)?(?:字符)?"#
        ) { .length(min: $0[1], max: $0[2]) },
        ProseRule("length.supported", #"支持(?:长度为)?\s*(\d+)"# + to + #"(\d+)\s*个字符"#) {
            .length(min: $0[1], max: $0[2])
        },
        ProseRule("length.max", #"(?:最多支持|最多|不超过|不能超过|不得超过|不可超过|最长)\s*(\d+)\s*个?字符"#) {
            .length(min: nil, max: $0[1])
        },
        ProseRule("length.maxOfLength", #"长度(?:不得|不能|不可|不)超过\s*(\d+)\s*个?字符"#) { .length(min: nil, max: $0[1]) },
        ProseRule("length.min", #"(?:至少|最少)\s*(\d+)\s*个字符"#) { .length(min: $0[1], max: nil) },
        ProseRule("length.nonEmpty", #"(?:不允许|不能|不可以?|不得)为空字符串"#) { _ in .length(min: "1", max: nil) },
        ProseRule("en.length.range", #"\b(\d+)\s*(?:to|-)\s*(\d+)\s+characters\b"#, caseInsensitive: true) {
            .length(min: $0[1], max: $0[2])
        },
        ProseRule(
            "en.length.max",
            #"\b(?:up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|cannot\s+exceed|must\s+not\s+exceed)\s+(\d+)\s+characters\b"#,
            caseInsensitive: true
        ) { .length(min: nil, max: $0[1]) },
        ProseRule("en.length.min", #"\bat\s+least\s+(\d+)\s+characters\b"#, caseInsensitive: true) {
            .length(min: $0[1], max: nil)
        },
        ProseRule("en.length.nonEmpty", #"\bcannot\s+be\s+(?:an\s+)?empty(?:\s+string)?\b"#, caseInsensitive: true) {
            _ in
            .length(min: "1", max: nil)
        },
    ]

    // MARK: characters

    static let characters: [ProseRule] = [
        ProseRule(
            "firstCharacter",
            #"(?:必须|须|需要?|且必须)以(大小写英文字母|大小写字母|大小字母|英文字母|大写字母|小写字母|字母|英文|中文|汉字)"#
                + #"(?:(?:或者|或|、|和)(中文|汉字|大小写字母|英文字母|字母|数字))?开头"#
        ) { captures in
            let classes = captures.dropFirst().compactMap { $0 }.flatMap { CharacterClassWords.classes(for: $0) ?? [] }
            return classes.isEmpty ? [] : [ProseFinding(rule: .firstCharacter(classes))]
        },
        ProseRule(
            "en.firstCharacter",
            #"\bmust\s+(?:start|begin)\s+with\s+(?:an?\s+)?((?:uppercase\s+or\s+lowercase\s+)?(?:letter|digit|chinese\s+character)s?)"#
                + #"(?:\s+or\s+(?:an?\s+)?((?:letter|digit|chinese\s+character)s?))?"#,
            caseInsensitive: true
        ) { captures in
            let classes = captures.dropFirst().compactMap { $0 }.flatMap {
                CharacterClassWords.classes(
                    for: $0.lowercased().replacingOccurrences(of: "uppercase or lowercase ", with: ""))
                    ?? []
            }
            return classes.isEmpty ? [] : [ProseFinding(rule: .firstCharacter(classes))]
        },
        ProseRule("forbiddenPrefixes", #"(?:不能|不可以?|不得|不允许)(?:以|使用)\s*"# + literalList + #"\s*开头(?!或结尾)"#) {
            .forbiddenPrefixes(literals($0[1]))
        },
        ProseRule(
            "forbiddenPrefixes.named",
            #"(?:不能|不可以?|不得)以\s*([^，。；、（）]{0,6}（[^（）]{1,3}）(?:\s*(?:、|和|或者|或)\s*[^，。；、（）]{0,6}（[^（）]{1,3}）)*)\s*开头(?!或结尾)"#
        ) { captures in
            let characters = namedItems(captures[1]).compactMap(CharacterClassWords.namedCharacter(in:)).map(
                String.init)
            return characters.isEmpty ? [] : [ProseFinding(rule: .forbiddenPrefixes(characters))]
        },
        ProseRule(
            "en.forbiddenPrefixes", #"\b(?:cannot|can\s*not|must\s+not)\s+(?:start|begin)\s+with\s+"# + englishList,
            caseInsensitive: true
        ) { captures in
            let values = englishLiterals(captures[1])
            return values.isEmpty ? [] : [ProseFinding(rule: .forbiddenPrefixes(values))]
        },
        ProseRule("forbiddenSubstrings", #"(?:不能|不可|不得|不允许)包含\s*"# + literalList) {
            .forbiddenSubstrings(literals($0[1]))
        },
        ProseRule(
            "en.forbiddenSubstrings", #"\b(?:cannot|can\s*not|must\s+not)\s+contain\s+"# + englishList,
            caseInsensitive: true
        ) {
            captures in
            let values = englishLiterals(captures[1])
            return values.isEmpty ? [] : [ProseFinding(rule: .forbiddenSubstrings(values))]
        },
        ProseRule(
            "allowedCharacters",
            #"(可以包含|可包含|只可包含特殊字符中的|允许包含|只能包含|只能由|可以由)("# + characterItem
                + #"(?:\s*(?:、|和|或者|或|及)\s*"# + characterItem + #")*)"#
        ) { captures in
            var (classes, characters) = characterItems(namedItems(captures[2]))
            if captures[1] == "只可包含特殊字符中的" { classes = [.letter, .digit] + classes }
            return [ProseFinding(rule: .allowedCharacters(classes: classes, characters: characters))]
        },
        ProseRule("allowedCharacters.unicodeLetter", #"支持Unicode中letter分类下的字符"#) { _ in
            [ProseFinding(rule: .allowedCharacters(classes: [.unicodeLetter, .digit], characters: ""))]
        },
        ProseRule("allowedCharacters.ascii", #"(?:只支持|仅支持|只能包含|只能为)ASCII字符"#) { _ in
            [ProseFinding(rule: .allowedCharacters(classes: [.ascii], characters: ""))]
        },
        ProseRule(
            "en.allowedCharacters", #"\bcan\s+(?:only\s+)?contain\s+(?:only\s+)?"# + englishList, caseInsensitive: true
        ) { captures in
            let items = (captures[1] ?? "").replacingOccurrences(of: ", and ", with: ", ")
                .replacingOccurrences(of: ", or ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
                .replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ")
            let (classes, characters) = characterItems(items)
            guard classes.count + characters.count == items.count else { return [] }
            return [ProseFinding(rule: .allowedCharacters(classes: classes, characters: characters))]
        },
        ProseRule(
            "en.allowedCharacters.ascii", #"\b(?:only\s+ASCII\s+characters|ASCII\s+characters\s+only)\b"#,
            caseInsensitive: true
        ) { _ in
            [ProseFinding(rule: .allowedCharacters(classes: [.ascii], characters: ""))]
        },
    ]

    // MARK: numbers

    private static let number = #"(-?\d+(?:\.\d+)?)"#
    private static let valueRange = #"(?<![Nn]的)(?<![Nn] 的)(?<![Nn])(?<!长度的)(?<!长度)取值范围(?:为|是)?\s*[：:]?\s*"#

    static let numbers: [ProseRule] = [
        ProseRule("range", valueRange + number + to + number + #"(?!\s*(?:个字符|位|\d|[A-Za-z]))"#) {
            .range(min: $0[1], max: $0[2])
        },
        ProseRule("range.max", #"(?:^|，|,)\s*(?:最大值|最大取值)(?:为|是)?\s*[：:]?\s*(\d+)\s*。?$"#) {
            .range(min: nil, max: $0[1])
        },
        ProseRule("range.min", #"(?:^|，|,)\s*(?:最小值|最小取值)(?:为|是)?\s*[：:]?\s*(\d+)\s*。?$"#) {
            .range(min: $0[1], max: nil)
        },
        ProseRule("range.atLeast", valueRange + #"(?:大于等于|≥|>=)\s*(\d+)"#) { .range(min: $0[1], max: nil) },
        ProseRule("range.greaterThan", valueRange + #"大于\s*(\d+)\s*[。，,]?$"#) { captures in
            guard let bound = captures[1] else { return [] }
            return [ProseFinding(rule: .range(min: decimalSuccessor(of: bound), max: nil))]
        },
        ProseRule("range.unbounded", valueRange + #"(\d+)\s*~\s*\+?∞"#) { .range(min: $0[1], max: nil) },
        ProseRule("range.positive", valueRange + #"正整数"#) { _ in [ProseFinding(rule: .range(min: "1", max: nil))] },
        ProseRule(
            "en.range",
            #"\bvalid\s+values(?!\s+of\s+N)\s*(?:are|:)?\s*"# + number + #"\s+to\s+"# + number
                + #"\b(?!\s+characters)"#,
            caseInsensitive: true
        ) { .range(min: $0[1], max: $0[2]) },
        ProseRule("en.range.max", #"\bmaximum\s+value\s*(?:is|:)\s*(\d+)\b"#, caseInsensitive: true) {
            .range(min: nil, max: $0[1])
        },
        ProseRule("en.range.min", #"\bminimum\s+value\s*(?:is|:)\s*(\d+)\b"#, caseInsensitive: true) {
            .range(min: $0[1], max: nil)
        },
    ]

    /// The next integer after a run of decimal digits, computed on the digits: no bound in the input, however
    /// large (`9223372036854775807`, or thirty digits), can overflow.
    static func decimalSuccessor(of digits: String) -> String {
        var result = Array(digits.utf8)
        var index = result.count - 1
        while index >= 0 {
            if result[index] == UInt8(ascii: "9") {
                result[index] = UInt8(ascii: "0")
                index -= 1
            } else {
                result[index] += 1
                return String(decoding: result, as: UTF8.self)
            }
        }
        return "1" + String(decoding: result, as: UTF8.self)
    }

    // MARK: counts

    static let counts: [ProseRule] = [
        ProseRule(
            "count.index", #"(?<![A-Za-z])(?<!第[一二三]个)[Nn]\s*(?:的)?取值范围(?:为|是)?\s*[：:]?\s*(\d+)"# + to + #"(\d+)"#
        ) {
            indexCount($0[1], $0[2])
        },
        ProseRule("count.indexMeans", #"N表示[^，。；,]*[，,]\s*(?:N的)?取值范围(?:为|是)?\s*[：:]?\s*(\d+)"# + to + #"(\d+)"#) {
            indexCount($0[1], $0[2])
        },
        ProseRule(
            "count.max",
            #"(?:最多支持|最多可输入|可输入最多|可输入最大|最多可以输入|最多可指定|最多能指定|最多指定|一次最多指定|单次最多支持指定|单次最多支持|最多支持一次查询|最多支持查询|最多不超过|支持最多|最多)\s*(\d+)\s*(?:个|台|块|对)(?!字符)"#
        ) { .count(min: nil, max: $0[1]) },
        ProseRule(
            "en.count.index", #"\bvalid\s+values\s+of\s+N\s*(?:are|:)?\s*(\d+)\s+to\s+(\d+)\b"#, caseInsensitive: true
        ) {
            indexCount($0[1], $0[2])
        },
        ProseRule(
            "en.count.max", #"\b(?:you\s+can\s+)?specify\s+(?:up\s+to|at\s+most)\s+(\d+)\b"#, caseInsensitive: true
        ) {
            .count(min: nil, max: $0[1])
        },
    ]

    // MARK: values given inline

    static let values: [ProseRule] = [
        ProseRule(
            "allowedValues.inline",
            #"^(?:取值范围|取值|可选值|可能值|枚举值)(?:为|是)?\s*[：:]\s*\{?\s*("?[A-Za-z0-9][A-Za-z0-9_.\-]*"?(?:\s*(?:、|，|,)\s*"?[A-Za-z0-9][A-Za-z0-9_.\-]*"?)+)\s*\}?\s*。?$"#
        ) { captures in
            let values = (captures[1] ?? "").split(whereSeparator: { "、，,".contains($0) })
                .map { InlineText.fold($0).trimmingCharacters(in: ["\""]) }
            return [ProseFinding(rule: .allowedValues(values))]
        },
        ProseRule(
            "allowedValues.single",
            #"^(?:取值范围|取值|可选值|可能值|枚举值)(?:为|是)?\s*[：:]\s*([A-Za-z][A-Za-z0-9_.\-]*)\s*(?:[。，,]|$)"#
        ) {
            [ProseFinding(rule: .allowedValues([$0[1] ?? ""]))]
        },
        ProseRule("allowedValues.only", #"^(?:取值)?只能为\s*([A-Za-z][A-Za-z0-9_.\-]*)\s*[。，,]?$"#) {
            [ProseFinding(rule: .allowedValues([$0[1] ?? ""]))]
        },
    ]

    // MARK: helpers

    private static func indexCount(_ low: String?, _ high: String?) -> [ProseFinding] {
        // N numbers the elements from 1: the upper bound is the most elements; the lower bound is
        // where numbering starts, not a least count.
        guard let high, Int(high) != nil, low.flatMap({ Int($0) }) != nil else { return [] }
        return [ProseFinding(rule: .count(min: nil, max: Int(high)), target: .enclosingList)]
    }

    private static func literals(_ list: String?) -> [String] {
        guard let list else { return [] }
        let separators = ["、", "，", ",", "和", "或者", "或", "及"]
        var parts = [list]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return unique(parts.map { InlineText.fold($0) }.filter { !$0.isEmpty })
    }

    private static func englishLiterals(_ list: String?) -> [String] {
        guard let list else { return [] }
        let items = list.replacingOccurrences(of: ", and ", with: ", ").replacingOccurrences(of: ", or ", with: ", ")
            .replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: " or ", with: ", ")
            .components(separatedBy: ", ").map { InlineText.fold($0) }
        var values: [String] = []
        for item in items {
            var value = item
            if value.hasSuffix("."), value.count > 1 { value.removeLast() }
            guard value.range(of: "^[A-Za-z][A-Za-z0-9.:/_\\-]*$", options: .regularExpression) != nil,
                !["a", "an", "the", "letter", "digit", "special"].contains(value.lowercased())
            else { return [] }
            values.append(value)
        }
        return unique(values)
    }

    /// Items of a 、/和/或 list whose items may hold full-width parentheses.
    /// One item of a list of allowed characters: special characters listed after 特殊字符 (特殊字符`.@-_`,
    /// whose code quotes ``RuleText`` has removed), a
    /// character named with its symbol (半角句号（.）), or a class word. Longer words come first: the first
    /// alternative that matches wins, so 英文 before 英文字母 would end the list at 字母.
    private static let characterItem =
        #"(?:特殊字符\s*[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]{1,32}|[^，。；、（）]{0,8}（[^（）]）|大小写英文字母|大小写字母|英文字母|大写字母|小写字母|中文|汉字|英文|数字|字母)"#

    private static func namedItems(_ list: String?) -> [String] {
        guard let list else { return [] }
        var parts = [list]
        for separator in ["、", "或者", "或", "和", "及"] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { InlineText.fold($0) }.filter { !$0.isEmpty }
    }

    /// Classes and characters named by list items such as 数字, 半角句号（.）, "periods (.)".
    private static func characterItems(_ items: [String]) -> ([CharacterClass], String) {
        var classes: [CharacterClass] = []
        var characters = ""
        for item in items {
            if let quoted = CharacterClassWords.quotedCharacters(in: item) {
                for character in quoted where !characters.contains(character) { characters.append(character) }
            } else if let character = CharacterClassWords.namedCharacter(in: item) {
                if !characters.contains(character) { characters.append(character) }
            } else if let named = CharacterClassWords.classes(for: item) {
                for value in named where !classes.contains(value) { classes.append(value) }
            }
        }
        return (classes, characters)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

extension [ProseFinding] {
    fileprivate static func length(min: String?, max: String?) -> [ProseFinding] {
        [ProseFinding(rule: .length(min: min.flatMap { Int($0) }, max: max.flatMap { Int($0) }))]
    }

    fileprivate static func range(min: String?, max: String?) -> [ProseFinding] {
        [ProseFinding(rule: .range(min: min, max: max))]
    }

    fileprivate static func count(min: Int?, max: String?) -> [ProseFinding] {
        [ProseFinding(rule: .count(min: min, max: max.flatMap { Int($0) }))]
    }

    fileprivate static func forbiddenPrefixes(_ values: [String]) -> [ProseFinding] {
        values.isEmpty ? [] : [ProseFinding(rule: .forbiddenPrefixes(values))]
    }

    fileprivate static func forbiddenSubstrings(_ values: [String]) -> [ProseFinding] {
        values.isEmpty ? [] : [ProseFinding(rule: .forbiddenSubstrings(values))]
    }
}
