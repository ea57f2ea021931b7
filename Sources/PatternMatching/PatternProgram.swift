/// A pattern compiled for a Pike virtual machine: a list of instructions that threads step through one scalar at
/// a time, all in lock step, so matching takes time proportional to the text's length times the program's,
/// whatever the pattern (Thompson's construction; no backtracking).
struct PatternProgram: Sendable {
    enum Instruction: Sendable {
        /// Consume this scalar.
        case scalar(UInt32)
        /// Consume a scalar of `sets[index]`.
        case set(Int)
        /// Go on only at the start of the text.
        case start
        /// Go on only at the end, or before a line terminator that ends the text.
        case end
        /// Go on only at the very end.
        case strictEnd
        /// Go on at both.
        case split(Int, Int)
        /// Go on there.
        case jump(Int)
        /// The pattern matched.
        case match
    }

    var instructions: [Instruction] = []
    var sets: [ScalarSet] = []

    /// Compiles a parsed pattern; refused when the program would exceed `limit` instructions.
    init(_ node: PatternNode, limit: Int) throws(PatternError) {
        var compiler = Compiler(limit: limit)
        try compiler.emit(node)
        try compiler.append(.match)
        instructions = compiler.instructions
        sets = compiler.sets
    }

    private struct Compiler {
        let limit: Int
        var instructions: [Instruction] = []
        var sets: [ScalarSet] = []

        @discardableResult
        mutating func append(_ instruction: Instruction) throws(PatternError) -> Int {
            guard instructions.count < limit else { throw .tooLarge(limit) }
            instructions.append(instruction)
            return instructions.count - 1
        }

        mutating func emit(_ node: PatternNode) throws(PatternError) {
            switch node {
            case .empty: break
            case .scalar(let scalar): try append(.scalar(scalar.value))
            case .set(let set):
                sets.append(set)
                try append(.set(sets.count - 1))
            case .start: try append(.start)
            case .end: try append(.end)
            case .strictEnd: try append(.strictEnd)
            case .sequence(let nodes):
                for node in nodes { try emit(node) }
            case .alternation(let branches):
                var exits: [Int] = []
                for branch in branches.dropLast() {
                    let split = try append(.split(0, 0))
                    try emit(branch)
                    exits.append(try append(.jump(0)))
                    instructions[split] = .split(split + 1, instructions.count)
                }
                if let last = branches.last { try emit(last) }
                for exit in exits { instructions[exit] = .jump(instructions.count) }
            case .repetition(let body, let minimum, let maximum):
                for _ in 0..<minimum { try emit(body) }
                guard let maximum else {
                    let split = try append(.split(0, 0))
                    try emit(body)
                    try append(.jump(split))
                    instructions[split] = .split(split + 1, instructions.count)
                    return
                }
                var optional: [Int] = []
                for _ in minimum..<maximum {
                    optional.append(try append(.split(0, 0)))
                    try emit(body)
                }
                for split in optional { instructions[split] = .split(split + 1, instructions.count) }
            }
        }
    }
}
