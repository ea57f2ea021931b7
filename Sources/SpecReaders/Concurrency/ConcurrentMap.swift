import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` run on every core; the result is in this array's order whatever the scheduling, so output
    /// stays deterministic.
    ///
    /// - Parameter transform: Called once per element, from any thread.
    /// - Returns: The transformed elements, in order.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                slots.set(index, transform(elements[index]))
            }
        }
        return slots.values
    }
}

/// One slot per element, each written once from any thread.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// Every value; each slot has been set when `concurrentPerform` returns.
    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
