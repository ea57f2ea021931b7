/// The faults waiting to be injected, in the order added: a call takes the first fault that applies to
/// its action and uses up one of its count.
public actor FaultInjector {
    private var pending: [Fault] = []

    /// No faults.
    public init() {}

    /// The most faults that may wait at once.
    public static let capacity = 1_000

    /// Adds faults after those already waiting, all or none.
    ///
    /// - Throws: ``FaultError`` naming the first fault with ``Fault/problems`` (by its index), or when more
    ///   than ``capacity`` faults would wait.
    public func add(_ faults: [Fault]) throws(FaultError) {
        for (index, fault) in faults.enumerated() {
            if let problem = fault.problems.first { throw FaultError(message: "faults[\(index)]: \(problem)") }
        }
        guard pending.count + faults.count <= Self.capacity else {
            throw FaultError(message: "at most \(Self.capacity) faults may wait; \(pending.count) already do")
        }
        pending += faults
    }

    /// Adds a fault after those already waiting.
    ///
    /// - Throws: ``FaultError`` when the fault has ``Fault/problems`` or the injector is full.
    public func add(_ fault: Fault) throws(FaultError) {
        try add([fault])
    }

    /// Forgets every waiting fault.
    public func clear() {
        pending.removeAll()
    }

    /// The faults still waiting.
    public var waiting: [Fault] { pending }

    /// The fault for a call of `action` (of `product`, when the server knows it), if one is waiting; its count goes
    /// down by one.
    public func take(for action: String, product: String? = nil) -> Fault? {
        guard
            let index = pending.firstIndex(where: { fault in
                (fault.action == nil || fault.action == action)
                    && (fault.product == nil || fault.product?.lowercased() == product?.lowercased())
            })
        else { return nil }
        var fault = pending[index]
        fault.count -= 1
        if fault.count == 0 { pending.remove(at: index) } else { pending[index] = fault }
        fault.count = 1
        return fault
    }
}

/// A fault the emulator refuses to inject: what is wrong with it.
public struct FaultError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `faults[0]: status must be an HTTP status between 100 and 599, not 1000`.
    public var message: String

    /// The message.
    public var description: String { message }
}
