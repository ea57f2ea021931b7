import SwiftCodegen
import Testing

@Suite("Unified diff")
struct UnifiedDiffTests {
    /// The diff's hunks applied to `old`'s lines; nil when a hunk's context or removed lines do not match.
    static func apply(_ diff: String, to old: [String]) -> [String]? {
        var lines = diff.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2, lines[0].hasPrefix("--- a/"), lines[1].hasPrefix("+++ b/") else { return nil }
        lines.removeFirst(2)
        if lines.last == "" { lines.removeLast() }
        var result: [String] = []
        var next = 0
        var index = 0
        while index < lines.count {
            let header = lines[index]
            guard header.hasPrefix("@@ -"), let comma = header.firstIndex(of: ",") else { return nil }
            guard let start = Int(header[header.index(header.startIndex, offsetBy: 4)..<comma]) else { return nil }
            // A hunk with no old lines starts after the line it names.
            let oldCount = Int(header.split(separator: " ")[1].split(separator: ",")[1]) ?? 0
            let first = oldCount == 0 ? start : start - 1
            guard first >= next, first <= old.count else { return nil }
            result += old[next..<first]
            next = first
            index += 1
            while index < lines.count, !lines[index].hasPrefix("@@ ") {
                let line = lines[index]
                let text = String(line.dropFirst())
                switch line.first {
                case " ", "-":
                    guard next < old.count, old[next] == text else { return nil }
                    if line.first == " " { result.append(text) }
                    next += 1
                case "+": result.append(text)
                default: return nil
                }
                index += 1
            }
        }
        return result + old[next...]
    }

    /// The length of a longest common subsequence, by the textbook O(nm) table.
    static func lcs(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    static func changedLines(_ diff: String) -> Int {
        diff.split(separator: "\n").dropFirst(2).count { $0.hasPrefix("-") || $0.hasPrefix("+") }
    }

    @Test("on 3,000 seeded random small pairs: the hunks turn old into new, with a shortest edit script")
    func shortestScript() throws {
        var random = SeededRandom(state: 29)
        for round in 0..<3_000 {
            let alphabet = ["a", "b", "c", "d", ""].prefix(Int.random(in: 1...5, using: &random))
            let a = (0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? ""
            }
            let b = (0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? ""
            }
            let old = a.joined(separator: "\n")
            let new = b.joined(separator: "\n")
            let diff = UnifiedDiff.diff(old: old, new: new, path: "R.swift", lineLimit: .max)
            let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let newLines = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard oldLines != newLines else {
                #expect(diff.isEmpty)
                continue
            }
            #expect(Self.apply(diff, to: oldLines) == newLines, "round \(round): \(a) → \(b)\n\(diff)")
            let shortest = oldLines.count + newLines.count - 2 * Self.lcs(oldLines, newLines)
            #expect(Self.changedLines(diff) == shortest, "round \(round): \(a) → \(b)\n\(diff)")
        }
    }

    @Test("two 20,000-line files with thousands of changes: a correct diff, quickly, in little memory")
    func large() throws {
        var random = SeededRandom(state: 8_500)
        let vocabulary = (0..<3_000).map { "    let value\($0) = compute(\($0 % 97))" }
        let old = (0..<20_000).map { _ in vocabulary.randomElement(using: &random) ?? "" }
        var new = old
        var edits = 0
        for _ in 0..<1_500 {
            let position = Int.random(in: 0..<new.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: new[position] = "changed \(edits)"
            case 1: new.insert("inserted \(edits)", at: position)
            default: new.remove(at: position)
            }
            edits += 1
        }
        let clock = ContinuousClock()
        var diff = ""
        let elapsed = clock.measure {
            diff = UnifiedDiff.diff(
                old: old.joined(separator: "\n"), new: new.joined(separator: "\n"), path: "Big.swift", lineLimit: .max)
        }
        #expect(Self.apply(diff, to: old) == new)
        #expect(Self.changedLines(diff) <= 2 * edits)
        #expect(elapsed < .seconds(60), "took \(elapsed)")
    }

    @Test("the output is bounded: past the line limit, one line counts the changed lines left out")
    func bounded() {
        let old = (0..<5_000).map { "line \($0)" }
        let new = old.enumerated().map { $0.offset % 10 == 0 ? "changed \($0.offset)" : $0.element }
        let diff = UnifiedDiff.diff(old: old.joined(separator: "\n"), new: new.joined(separator: "\n"), path: "B.swift")
        let lines = diff.split(separator: "\n")
        #expect(lines.count <= UnifiedDiff.defaultLineLimit + 2 + 1 + 500)
        let tail = String(lines.last ?? "")
        #expect(tail.hasPrefix("… ") && tail.hasSuffix(" more changed lines not shown"), "\(tail)")
        let shownChanges = Self.changedLines(diff)
        let left = Int(tail.dropFirst(2).split(separator: " ")[0]) ?? -1
        #expect(shownChanges + left == 1_000)
        #expect(
            UnifiedDiff.diff(old: "a\nb", new: "a\nc", path: "S.swift", lineLimit: 1).hasSuffix(
                "… 2 more changed lines not shown\n"))
    }

    @Test("changes more than 6 kept lines apart make separate hunks, each with 3 lines of context")
    func hunks() {
        let far = UnifiedDiff.diff(
            old: "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12", new: "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13",
            path: "F.swift")
        #expect(
            far
                == "--- a/F.swift\n+++ b/F.swift\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n@@ -10,3 +11,4 @@\n 10\n 11\n 12\n+13\n"
        )
    }
}
