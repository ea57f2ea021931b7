/// A token bucket that every retry of a client draws from, as Smithy's standard retry mode has it: when a
/// service keeps failing, the bucket empties and calls stop retrying, so many tasks do not multiply the load
/// on it; successes fill it again.
///
/// A retry costs ``retryCost`` tokens (``timeoutCost`` after a timeout, which ties up more of the service);
/// a call that succeeds at once returns one token, and one that succeeds after retrying returns what its last
/// retry cost. The bucket starts full. Clients made from the same ``RPCClientConfiguration`` share one.
public actor RetryBudget {
    /// The most tokens the bucket holds.
    public let capacity: Int
    /// What a retry costs.
    public let retryCost: Int
    /// What a retry after a timeout costs.
    public let timeoutCost: Int
    /// The tokens left.
    public private(set) var available: Int

    /// A full bucket; the defaults are Smithy's (500 tokens, 5 per retry, 10 after a timeout).
    public init(capacity: Int = 500, retryCost: Int = 5, timeoutCost: Int = 10) {
        self.capacity = max(0, capacity)
        self.retryCost = max(0, retryCost)
        self.timeoutCost = max(0, timeoutCost)
        available = self.capacity
    }

    /// Takes the cost of a retry (after a timeout, or not) and returns it; nil, taking nothing, when the
    /// bucket cannot pay it.
    public func withdraw(afterTimeout: Bool) -> Int? {
        let cost = afterTimeout ? timeoutCost : retryCost
        guard available >= cost else { return nil }
        available -= cost
        return cost
    }

    /// Returns tokens after a success, up to the capacity.
    public func deposit(_ tokens: Int) {
        available = min(capacity, available + max(0, tokens))
    }
}
