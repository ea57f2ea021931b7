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
        UTF8Scan.containsSpecial(line.utf8)
    }

    /// The text split at every line break `Character.isNewline` knows (`\n`, `\r`, `\r\n`, U+000B, U+000C,
    /// U+0085, U+2028, U+2029), found in the UTF-8 bytes; each is a character of its own, so this is
    /// `text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` without walking characters.
    static func textLines(_ text: String) -> [Substring] {
        // Break offsets found in the bytes (of a native copy, for a bridged string).
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
        return UTF8Scan.slices(of: text, between: breaks, omittingEmpty: false)
    }

    /// Wraps at spaces; a word longer than the room left fills the line and goes on the next.
    /// Continuation lines keep a note's `> ` and a list item's indentation.
    static func wrap(_ line: String, width: Int) -> [String] {
        // A line of no more UTF-8 bytes than the width has no more characters either.
        guard line.utf8.count > width else { return [line] }
        // Where each character is a byte, the same steps on the bytes, without breaking the line into characters.
        guard UTF8Scan.hasOneByteCharacters(line) else { return wrapCharacters(line, width: width) }
        let space = UInt8(ascii: " ")
        return wrap(
            Array(line.utf8), width: width, space: space, note: UInt8(ascii: ">"), item: UInt8(ascii: "-"),
            isSpace: { $0 == space }
        ).map { String(decoding: $0, as: UTF8.self) }
    }

    /// ``wrap(_:width:)`` on the line's characters.
    static func wrapCharacters(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        // Spaces are found by ``Character/asciiEquivalent``: `==` normalises every non-ASCII character on Linux.
        return wrap(
            Array(line), width: width, space: " ", note: ">", item: "-",
            isSpace: { $0.asciiEquivalent == UInt8(ascii: " ") }
        ).map { String($0) }
    }

    /// The wrapping, on units that are each one character: the bytes of an ASCII line, or characters.
    private static func wrap<Unit: Equatable>(
        _ line: [Unit], width: Int, space: Unit, note: Unit, item: Unit, isSpace: (Unit) -> Bool
    ) -> [[Unit]] {
        let leading = line.prefix(while: isSpace).count
        let rest = line[leading...]
        let mark =
            rest.starts(with: [note, space]) ? [note, space] : rest.starts(with: [item, space]) ? [space, space] : []
        let indent = Array(line.prefix(leading)) + mark
        let room = max(width, indent.count + 8)
        var lines: [[Unit]] = []
        var current: [Unit] = []
        for word in line.split(omittingEmptySubsequences: true, whereSeparator: isSpace) {
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
        return lines.map { line in Array(line[..<(line.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? 0)]) }
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
