/// A regular expression matched in linear time: the syntax of api-docs `pattern` values (ICU's, as
/// `NSRegularExpression` reads it, for the part ``PatternParser`` takes), run by a Pike virtual machine over
/// Unicode scalars with ICU's meaning of `.`, `\d`, `\w`, `\s` and `$`. A pattern that would need backtracking
/// to be matched (backreferences, lookaround) is refused when compiled, so no pattern, however hostile, makes
/// a match take more than time proportional to the text's length times the pattern's size.
public struct LinearPattern: Sendable {
    /// The most instructions a compiled pattern may have (so a match costs at most this many steps per scalar).
    public static let maximumProgramSize = 2_000

    /// The pattern as written.
    public let pattern: String
    private let program: PatternProgram

    /// Compiles `pattern`.
    ///
    /// - Throws: ``PatternError`` when the pattern uses syntax the engine does not run, or is too large.
    public init(_ pattern: String) throws(PatternError) {
        var parser = PatternParser(pattern)
        let node = try parser.parse()
        self.pattern = pattern
        program = try PatternProgram(node, limit: Self.maximumProgramSize)
    }

    /// Whether the pattern matches somewhere in `text` (as `NSRegularExpression.firstMatch` finds a match).
    public func matches(in text: String) -> Bool {
        let input = Array(text.unicodeScalars)
        return PikeMachine(program: program, input: input).run()
    }
}

/// One run of the program over a text: for each position, the set of instructions some thread is at.
private struct PikeMachine {
    let program: PatternProgram
    let input: [Unicode.Scalar]

    func run() -> Bool {
        var current = ThreadSet(capacity: program.instructions.count)
        var next = ThreadSet(capacity: program.instructions.count)
        var stack: [Int] = []
        var position = 0
        while true {
            // A match may start anywhere: a new thread at the first instruction, at every position.
            if add(0, at: position, to: &current, stack: &stack) { return true }
            guard position < input.count else { return false }
            let scalar = input[position]
            next.clear()
            for pc in current.members {
                let advances: Bool
                switch program.instructions[pc] {
                case .scalar(let value): advances = value == scalar.value
                case .set(let index): advances = program.sets[index].contains(scalar)
                default: advances = false
                }
                if advances, add(pc + 1, at: position + 1, to: &next, stack: &stack) { return true }
            }
            swap(&current, &next)
            position += 1
        }
    }

    /// Adds the thread at `pc` and every thread it reaches without consuming, checking anchors at `position`;
    /// true when one of them is the match.
    private func add(_ pc: Int, at position: Int, to set: inout ThreadSet, stack: inout [Int]) -> Bool {
        stack.append(pc)
        var matched = false
        while let pc = stack.popLast() {
            guard set.insert(pc) else { continue }
            switch program.instructions[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .start: if position == 0 { stack.append(pc + 1) }
            case .end: if isEnd(position) { stack.append(pc + 1) }
            case .strictEnd: if position == input.count { stack.append(pc + 1) }
            case .match: matched = true
            case .scalar, .set: break
            }
        }
        return matched
    }

    /// ICU's `$`: the end, or before one line terminator (or `\r\n`) that ends the text.
    private func isEnd(_ position: Int) -> Bool {
        let remaining = input.count - position
        if remaining == 0 { return true }
        if remaining == 1 { return LineTerminator.contains(input[position]) }
        return remaining == 2 && input[position] == "\r" && input[position + 1] == "\n"
    }
}

/// A set of instruction indices with O(1) insertion, membership and clearing, in insertion order.
private struct ThreadSet {
    private var generation: [Int]
    private var current = 1
    private(set) var members: [Int] = []

    init(capacity: Int) {
        generation = Array(repeating: 0, count: capacity)
    }

    /// Adds `pc`; false when it was there.
    mutating func insert(_ pc: Int) -> Bool {
        guard generation[pc] != current else { return false }
        generation[pc] = current
        members.append(pc)
        return true
    }

    mutating func clear() {
        current += 1
        members.removeAll(keepingCapacity: true)
    }
}
