extension Redaction {
    /// Free text — a server's error message, an unreadable body — with the value of every secret parameter
    /// or header it quotes replaced by ``placeholder``.
    ///
    /// A server that refuses a signature may answer with its string to sign, which quotes the request: V1's
    /// `SignatureDoesNotMatch` holds the canonical query percent-encoded once more
    /// (`SecurityToken%3D…%26`), V3's and ROA's canonical requests hold header lines
    /// (`x-acs-security-token:…`). The secrets are those of ``secretParameters`` after `=`, `%3D`, `%253D`
    /// or `:` (quoted JSON members too) or in an XML element, up to `&`, `%26`, whitespace, a quote or `<`;
    /// and those of ``secretHeaders`` after `:`, `authorization` to the end of its line. Names are matched
    /// without regard to case, and only whole: `SignatureMethod` is not `Signature`.
    public static func text(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var copied = 0
        while index < bytes.count {
            guard index == 0 || !TextScan.isLetter(bytes[index - 1]),
                let value = TextScan.secretValue(in: bytes, namedAt: index)
            else {
                index += 1
                continue
            }
            output += bytes[copied..<value.lowerBound]
            output += placeholder.utf8
            copied = value.upperBound
            index = value.upperBound
        }
        guard copied > 0 else { return text }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }
}

/// The byte-level scanning behind ``Redaction/text(_:)``.
private enum TextScan {
    /// The secret names, and whether the value runs to the end of the line (`authorization`, whose value
    /// holds spaces) rather than to a delimiter.
    static let names: [(name: [UInt8], toLineEnd: Bool)] =
        (Redaction.secretParameters.sorted() + Redaction.secretHeaders.sorted()).map { name in
            (lowered(name), name == "authorization")
        }
    /// What may stand between a name and its value, longest first: `=` as it is and percent-encoded once or
    /// twice (``Redaction/percentEncodedForms(_:)``), `:`, `>`.
    static let separators: [[UInt8]] = (Redaction.percentEncodedForms("=") + [":", ">"]).map(lowered)
    /// What ends a value, longest first: `&` as it is and percent-encoded once or twice, quotes,
    /// punctuation, `<` and whitespace.
    static let terminators: [[UInt8]] =
        (Redaction.percentEncodedForms("&") + ["\"", "'", ",", ";", "<", " ", "\t", "\n", "\r"]).map(lowered)

    static func lowered(_ name: String) -> [UInt8] { Array(name.lowercased().utf8) }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// The range of the value of a secret whose name starts at `start`, if one does.
    static func secretValue(in bytes: [UInt8], namedAt start: Int) -> Range<Int>? {
        for (name, toLineEnd) in names where matches(name, in: bytes, at: start) {
            guard let valueStart = afterSeparator(in: bytes, at: start + name.count) else { continue }
            var end = valueStart
            while end < bytes.count, !endsValue(bytes, at: end, toLineEnd: toLineEnd) { end += 1 }
            return end > valueStart ? valueStart..<end : nil
        }
        return nil
    }

    /// Where the value starts after a name ending at `index`: an optional closing quote, a separator,
    /// spaces, an optional opening quote.
    static func afterSeparator(in bytes: [UInt8], at index: Int) -> Int? {
        var index = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { index += 1 }
        guard let separator = separators.first(where: { matches($0, in: bytes, at: index) }) else { return nil }
        index += separator.count
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { index += 1 }
        return index
    }

    static func endsValue(_ bytes: [UInt8], at index: Int, toLineEnd: Bool) -> Bool {
        if toLineEnd { return bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") }
        return terminators.contains { matches($0, in: bytes, at: index) }
    }

    /// Whether `pattern` (lower case) is at `index`, letters compared without regard to case.
    static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices {
            let byte = bytes[index + offset]
            if (isLetter(byte) ? byte | 0x20 : byte) != pattern[offset] { return false }
        }
        return true
    }
}
