/// Turns the markup of a description cell into ``DocBlock``s.
///
/// `<p>`, `<div>`, headings and `<br>` end a paragraph; `<li>` becomes a list item (nested lists
/// one level deeper); an element whose class contains `note`, `notice`, `warning` or `important`
/// becomes a note, without its label (`note-title` element, or a leading 说明/重要/Note/Important);
/// `<code>` keeps backquotes; other inline markup keeps its text.
enum HTMLBlocks {
    static let noteLabels = [
        "说明", "重要", "注意", "警告", "note", "important", "notice", "warning", "caution",
    ]

    static func blocks(of cell: HTMLNode) -> [DocBlock] {
        var walker = Walker()
        walker.walk(cell, listDepth: -1, depth: 0)
        walker.flushParagraph()
        return walker.blocks
    }

    static func isNote(_ node: HTMLNode) -> Bool {
        ["note", "notice", "warning", "important", "caution"].contains(where: node.hasClass(containing:))
    }

    private struct Walker {
        var blocks: [DocBlock] = []
        var inline = ""

        static let blockElements: Set<String> = [
            "p", "div", "section", "article", "blockquote", "pre", "table", "tr", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6",
        ]

        mutating func flushParagraph() {
            let text = InlineText.fold(inline)
            inline = ""
            if !text.isEmpty { blocks.append(.paragraph(text)) }
        }

        mutating func walk(_ node: HTMLNode, listDepth: Int, depth: Int) {
            guard depth < HTMLNode.maximumTextDepth else { return }
            for child in node.children {
                if child.isText {
                    inline += child.content
                    continue
                }
                guard child.isElement else { continue }
                let name = child.name
                switch name {
                case "script", "style":
                    continue
                case "br":
                    flushParagraph()
                case "code":
                    inline += "`" + child.text + "`"
                case "ul", "ol":
                    flushParagraph()
                    walk(child, listDepth: listDepth + 1, depth: depth + 1)
                case "li":
                    flushParagraph()
                    appendListItem(child, depth: max(listDepth, 0), nesting: depth)
                default:
                    if HTMLBlocks.isNote(child) {
                        flushParagraph()
                        blocks.append(.note(Self.noteText(child)))
                    } else if Self.blockElements.contains(name) {
                        flushParagraph()
                        walk(child, listDepth: listDepth, depth: depth + 1)
                        flushParagraph()
                    } else {
                        walk(child, listDepth: listDepth, depth: depth + 1)
                    }
                }
            }
        }

        /// A list item's own text is everything but its nested lists, which follow it one level deeper.
        mutating func appendListItem(_ item: HTMLNode, depth: Int, nesting: Int) {
            var itemWalker = Walker()
            var nested = Walker()
            for child in item.children {
                if child.isElement, child.name == "ul" || child.name == "ol" {
                    nested.walk(child, listDepth: depth + 1, depth: nesting + 1)
                } else if child.isText {
                    itemWalker.inline += child.content
                } else if child.isElement, child.name == "code" {
                    itemWalker.inline += "`" + child.text + "`"
                } else if child.isElement {
                    var text = ""
                    child.appendText(to: &text, skipping: { $0.name == "ul" || $0.name == "ol" })
                    let pad = Self.blockElements.contains(child.name) ? " " : ""
                    itemWalker.inline += pad + Self.inlineText(of: child, fallback: text) + pad
                }
            }
            blocks.append(.listItem(InlineText.fold(itemWalker.inline), depth: depth))
            nested.flushParagraph()
            blocks += nested.blocks
        }

        /// Text of an inline or paragraph element, with `<code>` spans in backquotes.
        static func inlineText(of node: HTMLNode, fallback: String) -> String {
            var walker = Walker()
            walker.walk(node, listDepth: 0, depth: 1)
            walker.flushParagraph()
            let parts = walker.blocks.compactMap { block -> String? in
                if case .paragraph(let text) = block { return text }
                return nil
            }
            return parts.isEmpty ? fallback : parts.joined(separator: " ")
        }

        static func noteText(_ note: HTMLNode) -> String {
            var walker = Walker()
            var hasTitleElement = false
            for child in note.children {
                if child.isElement && child.hasClass(containing: "title") {
                    hasTitleElement = true
                } else if child.isText {
                    walker.inline += child.content
                } else if child.isElement {
                    let pad = blockElements.contains(child.name) ? " " : ""
                    walker.inline += pad + inlineText(of: child, fallback: child.text) + pad
                }
            }
            var text = InlineText.fold(walker.inline)
            if hasTitleElement { return text }
            for label in HTMLBlocks.noteLabels {
                let lowered = text.lowercased()
                if lowered == label { return "" }
                if lowered.hasPrefix(label + " ") || lowered.hasPrefix(label + ":") || lowered.hasPrefix(label + "：") {
                    text = InlineText.fold(text.dropFirst(label.count + 1))
                    break
                }
            }
            return text
        }
    }
}
