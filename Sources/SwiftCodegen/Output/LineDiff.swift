/// The shortest edit script between two sequences of lines, in linear space: Myers's O((N+M)·D) algorithm
/// with the middle-snake refinement ("An O(ND) Difference Algorithm and Its Variations", 1986, section 4b),
/// each half of the problem solved again on the two sides of the snake.
///
/// Memory is two arrays of N+M+2 integers for the search and one flag per line, whatever the inputs: an
/// 8,500-line drift no longer needs an N×M table (645 MB).
enum LineDiff {
    /// One line of the script.
    struct Edit: Equatable {
        /// `" "` kept, `"-"` removed from the old lines, `"+"` added from the new lines.
        var kind: Character
        /// The line's 0-based index among the old lines (for `+`, where it goes: the next old line's index).
        var oldLine: Int
        /// The line's 0-based index among the new lines (for `-`, the next new line's index).
        var newLine: Int
    }

    /// Every line of both sides, in order: kept lines once, and within each changed run the removed lines
    /// before the added ones.
    static func script(_ old: [String], _ new: [String]) -> [Edit] {
        // Lines compared as numbers: one per distinct line.
        var ids: [String: Int] = [:]
        func id(_ line: String) -> Int {
            if let id = ids[line] { return id }
            ids[line] = ids.count
            return ids.count - 1
        }
        let a = old.map(id)
        let b = new.map(id)
        var search = Search(a: a, b: b)
        search.compare(0, a.count, 0, b.count)
        var edits: [Edit] = []
        edits.reserveCapacity(max(a.count, b.count))
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, search.removed[i] {
                edits.append(Edit(kind: "-", oldLine: i, newLine: j))
                i += 1
            } else if j < b.count, search.added[j] {
                edits.append(Edit(kind: "+", oldLine: i, newLine: j))
                j += 1
            } else {
                edits.append(Edit(kind: " ", oldLine: i, newLine: j))
                i += 1
                j += 1
            }
        }
        return edits
    }

    /// The divide-and-conquer search: marks every removed old line and added new line.
    private struct Search {
        let a: [Int]
        let b: [Int]
        var removed: [Bool]
        var added: [Bool]
        /// The furthest x reached on each diagonal, forward and backward, offset by `offset`.
        private var forward: [Int]
        private var backward: [Int]
        private let offset: Int

        init(a: [Int], b: [Int]) {
            self.a = a
            self.b = b
            removed = Array(repeating: false, count: a.count)
            added = Array(repeating: false, count: b.count)
            offset = (a.count + b.count + 1) / 2 + 1
            forward = Array(repeating: -1, count: 2 * offset + 2)
            backward = forward
        }

        /// Marks the edits that turn `a[aStart..<aEnd]` into `b[bStart..<bEnd]`.
        mutating func compare(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) {
            var (aStart, aEnd, bStart, bEnd) = (aStart, aEnd, bStart, bEnd)
            while aStart < aEnd, bStart < bEnd, a[aStart] == b[bStart] {
                aStart += 1
                bStart += 1
            }
            while aStart < aEnd, bStart < bEnd, a[aEnd - 1] == b[bEnd - 1] {
                aEnd -= 1
                bEnd -= 1
            }
            if aStart == aEnd {
                for j in bStart..<bEnd { added[j] = true }
            } else if bStart == bEnd {
                for i in aStart..<aEnd { removed[i] = true }
            } else if let (x, y) = middleSnake(aStart, aEnd, bStart, bEnd), x + y > aStart + bStart,
                x + y < aEnd + bEnd
            {
                compare(aStart, x, bStart, y)
                compare(x, aEnd, y, bEnd)
            } else {
                for i in aStart..<aEnd { removed[i] = true }
                for j in bStart..<bEnd { added[j] = true }
            }
        }

        /// A point where the forward and the backward searches through `a[aStart..<aEnd]` and
        /// `b[bStart..<bEnd]` (both non-empty, differing in their first and in their last lines) meet on a
        /// diagonal: it splits the problem into two smaller ones whose optimal scripts join into an optimal one.
        /// Nil when the two have no line in common (every line is then removed or added).
        ///
        /// The bookkeeping follows diff-match-patch's `diff_bisect`: `forward[offset + k]` is the furthest x
        /// reached from the start on diagonal k (x - y == k), `backward[offset + k]` the same from the end, and
        /// the diagonals that ran off the grid narrow the next rounds.
        private mutating func middleSnake(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) -> (Int, Int)? {
            let n = aEnd - aStart
            let m = bEnd - bStart
            let limit = (n + m + 1) / 2
            for index in (offset - limit - 1)...(offset + limit + 1) {
                forward[index] = -1
                backward[index] = -1
            }
            forward[offset + 1] = 0
            backward[offset + 1] = 0
            let delta = n - m
            // With an odd delta the paths meet on a forward step, with an even one on a backward step.
            let odd = delta % 2 != 0
            var (forwardStart, forwardEnd, backwardStart, backwardEnd) = (0, 0, 0, 0)
            // Out of `self` while searching, so that each round may read the other search's array.
            var (forward, backward) = (self.forward, self.backward)
            self.forward = []
            self.backward = []
            defer { (self.forward, self.backward) = (forward, backward) }
            let (a, b) = (self.a, self.b)
            var meeting: (Int, Int)?
            for d in 0..<limit {
                Self.round(&forward, d: d, start: &forwardStart, end: &forwardEnd, n: n, m: m) { x, y in
                    a[aStart + x] == b[bStart + y]
                } meets: { k, x, y in
                    // The backward search's diagonal through this point, counted from the end, is delta - k.
                    guard odd, abs(delta - k) <= limit, backward[offset + delta - k] != -1 else { return false }
                    guard x >= n - backward[offset + delta - k] else { return false }
                    meeting = (aStart + x, bStart + y)
                    return true
                }
                if let meeting { return meeting }
                Self.round(&backward, d: d, start: &backwardStart, end: &backwardEnd, n: n, m: m) { x, y in
                    a[aEnd - 1 - x] == b[bEnd - 1 - y]
                } meets: { k, x, _ in
                    guard !odd, abs(delta - k) <= limit, forward[offset + delta - k] != -1 else { return false }
                    let forwardX = forward[offset + delta - k]
                    guard forwardX >= n - x else { return false }
                    meeting = (aStart + forwardX, bStart + forwardX - (delta - k))
                    return true
                }
                if let meeting { return meeting }
            }
            return nil
        }

        /// Round `d` of one search: on each diagonal still on the grid, the furthest point one more edit reaches,
        /// followed along its snake (`same` compares lines at distances x and y from the search's corner);
        /// stops at the first point inside the grid that `meets` (given k, x, y) accepts. Diagonals that ran
        /// off the grid's right or bottom edge narrow the rounds after it (`end`, `start`).
        private static func round(
            _ furthest: inout [Int], d: Int, start: inout Int, end: inout Int, n: Int, m: Int,
            same: (Int, Int) -> Bool, meets: (Int, Int, Int) -> Bool
        ) {
            let offset = (furthest.count - 2) / 2
            for k in stride(from: -d + start, through: d - end, by: 2) {
                var x =
                    k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
                    ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, same(x, y) {
                    x += 1
                    y += 1
                }
                furthest[offset + k] = x
                if x > n {
                    end += 2
                } else if y > m {
                    start += 2
                } else if meets(k, x, y) {
                    return
                }
            }
        }
    }
}
