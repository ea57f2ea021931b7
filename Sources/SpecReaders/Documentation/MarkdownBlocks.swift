/// Splits api-docs Markdown descriptions into ``DocBlock``s.
///
/// Handles what the api-docs corpus uses: blank-line paragraphs, `-`/`*`/`+`/`1.` lists nested by
/// indentation, `>` notes, `**bold**`, `` `code` ``, `[text](~~123~~)` links; `<props>` site variants as ``SiteVariants`` resolves them.
enum MarkdownBlocks {
    static func parse(_ markdown: String) -> [DocBlock] {
        var builder = Builder()
        for rawLine in SiteVariants.select(markdown).splitLines(omittingEmptySubsequences: false) {
            builder.consume(line: rawLine)
        }
        builder.flush()
        return builder.blocks
    }

    private struct Builder {
        var blocks: [DocBlock] = []
        var paragraph: [Substring] = []
        var noteLines: [Substring] = []
        var listIndents: [Int] = []
        /// The list item being read: its lines (continuations included) and depth, rendered once when it
        /// ends, so that a long item costs linear time.
        var item: (lines: [Substring], depth: Int)?

        mutating func consume(line rawLine: Substring) {
            let line = rawLine.replacingTabs()
            let indent = line.prefix(while: { $0 == " " }).count
            let content = line.dropFirst(indent)
            if content.allSatisfy(\.isWhitespace) {
                // A blank line ends a paragraph or note; an indented line after it still continues an item.
                flushParagraph()
                flushNote()
                return
            }
            if content.hasPrefix(">") {
                flushParagraph()
                flushItem()
                noteLines.append(content.dropFirst())
                return
            }
            flushNote()
            if let itemText = content.listItemText {
                flushParagraph()
                flushItem()
                while let last = listIndents.last, last > indent {
                    listIndents.removeLast()
                }
                if listIndents.last != indent {
                    listIndents.append(indent)
                }
                item = ([itemText], listIndents.count - 1)
                return
            }
            if indent > 0, item != nil {
                item?.lines.append(content)
                return
            }
            flushItem()
            listIndents.removeAll()
            paragraph.append(content)
        }

        mutating func flushItem() {
            guard let item else { return }
            blocks.append(.listItem(InlineMarkdown.render(item.lines.joined(separator: " ")), depth: item.depth))
            self.item = nil
        }

        mutating func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(InlineMarkdown.render(paragraph.joined(separator: " "))))
            paragraph.removeAll()
        }

        mutating func flushNote() {
            guard !noteLines.isEmpty else { return }
            blocks.append(.note(InlineMarkdown.render(noteLines.joined(separator: " "))))
            noteLines.removeAll()
        }

        mutating func flush() {
            flushParagraph()
            flushNote()
            flushItem()
        }
    }
}

extension Substring {
    fileprivate func replacingTabs() -> Substring {
        utf8.contains(UInt8(ascii: "\t")) ? Substring(replacingOccurrences(of: "\t", with: "    ")) : self
    }

    /// The text after a list marker, or nil when the line is not a list item.
    fileprivate var listItemText: Substring? {
        if let first = first, "-*+".contains(first) {
            let rest = dropFirst()
            if rest.isEmpty { return rest }
            return rest.first == " " ? rest.dropFirst() : nil
        }
        let digits = prefix(while: \.isASCIIDigitCharacter)
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return nil }
        let afterMarker = rest.dropFirst()
        return afterMarker.first == " " ? afterMarker.dropFirst() : nil
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
