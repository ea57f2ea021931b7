/// Work on many pieces (parts, ranges) with at most `width` in flight, each result handed to `finished` on the
/// calling task as it comes (so it can keep plain state: a checkpoint, a byte count), stopping at the first error or
/// cancellation.
enum OSSParallel {
    static func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], width: Int, _ work: @escaping @Sendable (Item) async throws -> Output,
        finished: (Output) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: Output.self) { group in
            var next = items.makeIterator()
            for _ in 0..<max(1, width) {
                guard let item = next.next() else { break }
                group.addTask { try await work(item) }
            }
            while let output = try await group.next() {
                try finished(output)
                try Task.checkCancellation()
                if let item = next.next() { group.addTask { try await work(item) } }
            }
        }
    }
}
