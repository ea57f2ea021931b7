/// The faults waiting to be injected, in the order added: a call takes the first fault that applies to
/// its action and uses up one of its count.
public actor FaultInjector {
    private var pending: [Fault] = []

    /// No faults.
    public init() {}

    /// Adds faults after those already waiting.
    public func add(_ faults: [Fault]) {
        pending += faults.filter { $0.count > 0 }
    }

    /// Adds a fault after those already waiting.
    public func add(_ fault: Fault) {
        add([fault])
    }

    /// Forgets every waiting fault.
    public func clear() {
        pending.removeAll()
    }

    /// The faults still waiting.
    public var waiting: [Fault] { pending }

    /// The fault for a call of `action`, if one is waiting; its count goes down by one.
    public func take(for action: String) -> Fault? {
        guard let index = pending.firstIndex(where: { $0.action == nil || $0.action == action }) else { return nil }
        var fault = pending[index]
        fault.count -= 1
        if fault.count == 0 { pending.remove(at: index) } else { pending[index] = fault }
        fault.count = 1
        return fault
    }
}
