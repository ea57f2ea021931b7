/// A line-based unified diff, for showing how a generated file drifted.
public enum UnifiedDiff {
    /// How many lines of hunks ``diff(old:new:path:lineLimit:)`` prints by default before it stops.
    public static let defaultLineLimit = 2_000

    /// `--- a/path` / `+++ b/path` and hunks with 3 lines of context; empty when equal.
    ///
    /// The edit script is a shortest one (``LineDiff``), found in memory linear in the inputs' size. At most
    /// `lineLimit` lines of hunks are printed; past them, a last line, `… N more changed lines not shown`,
    /// counts the removed and added lines left out.
    public static func diff(old: String, new: String, path: String, lineLimit: Int = defaultLineLimit) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a != b else { return "" }
        let edits = LineDiff.script(a, b)
        func text(_ edit: LineDiff.Edit) -> String { edit.kind == "+" ? b[edit.newLine] : a[edit.oldLine] }
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        var printed = 0
        var index = 0
        while index < edits.count {
            guard edits[index].kind != " " else {
                index += 1
                continue
            }
            let start = max(index - 3, 0)
            guard printed < lineLimit else {
                return output + "… \(edits[start...].count { $0.kind != " " }) more changed lines not shown\n"
            }
            let end = hunkEnd(edits, from: index)
            let hunk = edits[start..<end]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.count { $0.kind != "+" }
            let newCount = hunk.count { $0.kind != "-" }
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for position in hunk.indices {
                guard printed < lineLimit else {
                    let left = edits[position...].count { $0.kind != " " }
                    return output + "… \(left) more changed lines not shown\n"
                }
                output += "\(edits[position].kind)\(text(edits[position]))\n"
                printed += 1
            }
            index = end
        }
        return output
    }

    /// Where the hunk holding the change at `index` ends: 3 lines of context after its last change, changes at
    /// most 6 kept lines apart sharing one hunk.
    private static func hunkEnd(_ edits: [LineDiff.Edit], from index: Int) -> Int {
        var end = index
        while end < edits.count {
            if edits[end].kind != " " {
                end += 1
                continue
            }
            let nextChange = edits[end...].prefix(7).firstIndex { $0.kind != " " }
            if let nextChange {
                end = nextChange
            } else {
                return min(end + 3, edits.count)
            }
        }
        return end
    }
}
