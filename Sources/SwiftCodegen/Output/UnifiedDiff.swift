/// A line-based unified diff, for showing how a generated file drifted.
public enum UnifiedDiff {
    /// `--- a/path` / `+++ b/path` and hunks with 3 lines of context; empty when equal.
    public static func diff(old: String, new: String, path: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a != b else { return "" }
        let operations = editScript(a, b)
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        while index < operations.count {
            guard operations[index].kind != " " else {
                index += 1
                continue
            }
            let start = max(index - 3, 0)
            var end = index
            while end < operations.count {
                if operations[end].kind != " " {
                    end += 1
                    continue
                }
                let nextChange = operations[end...].firstIndex { $0.kind != " " }
                if let nextChange, nextChange - end <= 6 {
                    end = nextChange
                } else {
                    end = min(end + 3, operations.count)
                    break
                }
            }
            let hunk = operations[start..<end]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != "+" }.count
            let newCount = hunk.filter { $0.kind != "-" }.count
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for operation in hunk { output += "\(operation.kind)\(operation.text)\n" }
            index = end
        }
        return output
    }

    private struct Operation {
        var kind: Character
        var text: String
        var oldLine: Int
        var newLine: Int
    }

    /// The longest-common-subsequence edit script; quadratic, fine for source files.
    private static func editScript(_ a: [String], _ b: [String]) -> [Operation] {
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var operations: [Operation] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                operations.append(Operation(kind: " ", text: a[i], oldLine: i, newLine: j))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                operations.append(Operation(kind: "-", text: a[i], oldLine: i, newLine: j))
                i += 1
            } else {
                operations.append(Operation(kind: "+", text: b[j], oldLine: i, newLine: j))
                j += 1
            }
        }
        return operations
    }
}
