import SwiftSourceText

/// Turns documentation text into `///` comment lines that no input can break out of.
///
/// Every kind of line break starts a new comment line; control characters are dropped; bidirectional
/// controls (U+202E, …) are spelled out as `\u{202E}`, so a comment reads as it is; long lines
/// wrap at spaces (or anywhere, for text without spaces such as Chinese) to keep within `width`.
public enum DocComment {
    /// The comment's lines, without the `/// ` prefix.
    public static func lines(_ text: String, width: Int = 96) -> [String] {
        var result: [String] = []
        for rawLine in textLines(text) {
            let clean =
                needsCleaning(rawLine)
                ? BidirectionalControls.spelledOut(ControlCharacters.removed(from: rawLine)) : String(rawLine)
            result += wrap(clean.trimmingTrailingSpaces(), width: width)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// Whether the line holds a control character (U+0000–U+001F, U+007F–U+009F) or a bidirectional control
    /// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), read from its UTF-8 bytes: most lines hold
    /// neither and are kept as they are without walking their scalars.
    static func needsCleaning(_ line: Substring) -> Bool {
        // On the contiguous bytes where the line has them (a native string's slice does): no index checks per byte.
        line.utf8.withContiguousStorageIfAvailable { UTF8Scan.containsSpecial($0) }
            ?? UTF8Scan.containsSpecial(line.utf8)
    }

    /// The text split at every line break `Character.isNewline` knows (`\n`, `\r`, `\r\n`, U+000B, U+000C,
    /// U+0085, U+2028, U+2029), found in the UTF-8 bytes; each is a character of its own, so this is
    /// `text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` without walking characters.
    static func textLines(_ text: String) -> [Substring] {
        // Break offsets found in the bytes (of a native copy, for a bridged string), made indices in one step each.
        var bytes = text
        let breaks = bytes.withUTF8 { bytes -> [(start: Int, length: Int)] in
            var found: [(start: Int, length: Int)] = []
            var offset = 0
            while offset < bytes.count {
                guard let length = UTF8Scan.lineBreakLength(in: bytes, at: offset) else {
                    offset += 1
                    continue
                }
                found.append((offset, length))
                offset += length
            }
            return found
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for lineBreak in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: lineBreak.start)
            lines.append(text[start..<end])
            start = utf8.index(end, offsetBy: lineBreak.length)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// Wraps at spaces; a word longer than the room left fills the line and goes on the next.
    /// Continuation lines keep a note's `> ` and a list item's indentation.
    static func wrap(_ line: String, width: Int) -> [String] {
        // A line of no more UTF-8 bytes than the width has no more characters either.
        guard line.utf8.count > width else { return [line] }
        // ASCII without a carriage return (`\r\n` is the one ASCII character of two bytes): a byte a character.
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            return wrapASCII(Array(line.utf8), width: width)
        }
        return wrapCharacters(line, width: width)
    }

    /// ``wrap(_:width:)`` of an ASCII line longer than the width, where each character is one byte: the steps of
    /// ``wrapCharacters(_:width:)`` on bytes.
    private static func wrapASCII(_ line: [UInt8], width: Int) -> [String] {
        let space = UInt8(ascii: " ")
        let leading = line.prefix { $0 == space }.count
        let rest = line[leading...]
        let indent: [UInt8] =
            Array(repeating: space, count: leading)
            + (rest.starts(with: [UInt8(ascii: ">"), space])
                ? [UInt8(ascii: ">"), space] : rest.starts(with: [UInt8(ascii: "-"), space]) ? [space, space] : [])
        let room = max(width, indent.count + 8)
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for word in line.split(separator: space, omittingEmptySubsequences: true) {
            let separatorCount = current.isEmpty || current == indent ? 0 : 1
            if current.count + separatorCount + word.count <= room {
                if separatorCount == 1 { current.append(space) }
                current += word
                continue
            }
            if indent.count + word.count <= room {
                lines.append(current)
                current = indent + word
                continue
            }
            var remaining = word
            var filling = current + (separatorCount == 1 ? [space] : [])
            if filling.count >= room {
                lines.append(current)
                filling = indent
            }
            while filling.count + remaining.count > room {
                let take = room - filling.count
                lines.append(filling + remaining.prefix(take))
                filling = indent
                remaining = remaining.dropFirst(take)
            }
            current = filling + remaining
        }
        if !current.isEmpty, current != indent { lines.append(current) }
        return lines.map { line in
            var end = line.count
            while end > 0, line[end - 1] == space { end -= 1 }
            return String(decoding: line[..<end], as: UTF8.self)
        }
    }

    /// ``wrap(_:width:)`` counting characters.
    static func wrapCharacters(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let leading = String(line.prefix(while: { $0 == " " }))
        let rest = line.dropFirst(leading.count)
        let indent = rest.hasPrefix("> ") ? leading + "> " : rest.hasPrefix("- ") ? leading + "  " : leading
        let indentCount = indent.count
        let room = max(width, indentCount + 8)
        var lines: [String] = []
        // The line being filled and its length in characters, kept alongside so that nothing is counted twice.
        var current = ""
        var currentCount = 0
        // A space is one byte; comparing bytes is `==` for it (no other character is canonically a space) without
        // normalising each non-ASCII character, which `==` does on Linux.
        let words = line.split(omittingEmptySubsequences: true) { $0.utf8.count == 1 && $0.utf8.first == 0x20 }
        for word in words {
            let wordCount = word.count
            let separatorCount = current.isEmpty || current == indent ? 0 : 1
            if currentCount + separatorCount + wordCount <= room {
                if separatorCount == 1 { current += " " }
                current += word
                currentCount += separatorCount + wordCount
                continue
            }
            if indentCount + wordCount <= room {
                lines.append(current)
                current = indent + word
                currentCount = indentCount + wordCount
                continue
            }
            var remaining = Substring(word)
            var remainingCount = wordCount
            var filling = current + (separatorCount == 1 ? " " : "")
            var fillingCount = currentCount + separatorCount
            if fillingCount >= room {
                lines.append(current)
                filling = indent
                fillingCount = indentCount
            }
            while fillingCount + remainingCount > room {
                let take = room - fillingCount
                lines.append(filling + remaining.prefix(take))
                filling = indent
                fillingCount = indentCount
                remaining = remaining.dropFirst(take)
                remainingCount -= take
            }
            current = filling + remaining
            currentCount = fillingCount + remainingCount
        }
        if !current.isEmpty, current != indent { lines.append(current) }
        return lines.map { $0.trimmingTrailingSpaces() }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        guard utf8.last == UInt8(ascii: " ") else { return self }
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
