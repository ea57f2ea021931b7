import Foundation
import PatternMatching

/// The patterns validators check, each compiled once per process (generated code names a pattern by its text
/// at every call). Bounded: past ``capacity`` patterns, the cache starts afresh.
final class CompiledPatterns: @unchecked Sendable {
    /// The process's cache.
    static let shared = CompiledPatterns()

    /// The most patterns kept.
    static let capacity = 4_096

    private let lock = NSLock()
    private var compiled: [String: LinearPattern?] = [:]

    /// The compiled pattern; nil when the matcher does not run it.
    func pattern(_ text: String) -> LinearPattern? {
        if let known = lock.withLock({ compiled[text] }) { return known }
        let pattern = try? LinearPattern(text)
        lock.withLock {
            if compiled.count >= Self.capacity { compiled.removeAll(keepingCapacity: true) }
            compiled[text] = .some(pattern)
        }
        return pattern
    }
}
