/// A failure the emulator injects instead of serving a call, for testing how clients cope. Faults are
/// set through the control endpoint (`POST /_emulator/faults`) or ``FaultInjector``, never through the
/// signed API, and each applies to the next `count` calls (of one action, when `action` is set; of one product,
/// when `product` is).
public struct Fault: Sendable, Hashable, Codable {
    /// What the fault does.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Answer with an error `code` and `status` (default `Throttling.User`, 400): throttling codes,
        /// `ServiceUnavailable` (503), `InternalError` (500), …
        case error
        /// Wait `delayMilliseconds` before serving the call normally.
        case delay
        /// Close the connection without answering, after the request was read.
        case dropConnection
    }

    /// What the fault does.
    public var kind: Kind
    /// The calls it applies to, one each; default 1.
    public var count: Int
    /// Only calls of this action; nil for every call.
    public var action: String?
    /// Only calls of this product (its code, any case: `Vpc`); nil for every product.
    public var product: String?
    /// For `error`: the code.
    public var code: String?
    /// For `error`: the HTTP status.
    public var status: Int?
    /// For `error`: an `x-acs-retry-after` header, in milliseconds.
    public var retryAfterMilliseconds: Int?
    /// For `delay`: how long.
    public var delayMilliseconds: Int?

    /// Creates a fault.
    public init(
        kind: Kind, count: Int = 1, action: String? = nil, code: String? = nil, status: Int? = nil,
        retryAfterMilliseconds: Int? = nil, delayMilliseconds: Int? = nil, product: String? = nil
    ) {
        self.kind = kind
        self.product = product
        self.count = count
        self.action = action
        self.code = code
        self.status = status
        self.retryAfterMilliseconds = retryAfterMilliseconds
        self.delayMilliseconds = delayMilliseconds
    }

    /// Answer `count` calls with `Throttling.User` (400), as flow control does.
    public static func throttling(
        count: Int = 1, action: String? = nil, code: String = "Throttling.User", retryAfterMilliseconds: Int? = nil
    ) -> Fault {
        Fault(
            kind: .error, count: count, action: action, code: code, status: 400,
            retryAfterMilliseconds: retryAfterMilliseconds)
    }

    /// Answer `count` calls with a server error (`ServiceUnavailable` 503 unless said otherwise).
    public static func serverError(
        status: Int = 503, code: String = "ServiceUnavailable", count: Int = 1, action: String? = nil
    ) -> Fault {
        Fault(kind: .error, count: count, action: action, code: code, status: status)
    }

    /// Delay `count` calls.
    public static func delay(milliseconds: Int, count: Int = 1, action: String? = nil) -> Fault {
        Fault(kind: .delay, count: count, action: action, delayMilliseconds: milliseconds)
    }

    /// Drop the connection of `count` calls.
    public static func dropConnection(count: Int = 1, action: String? = nil) -> Fault {
        Fault(kind: .dropConnection, count: count, action: action)
    }

    /// The largest `count` a fault may have.
    public static let maximumCount = 1_000_000
    /// The longest delay or `x-acs-retry-after` a fault may ask for, in milliseconds: ten minutes.
    public static let maximumMilliseconds = 600_000
    /// The longest `code` and `action`, in characters.
    public static let maximumNameLength = 128

    /// What makes this fault unusable, in words; empty for a fault the emulator can inject. A status outside
    /// 100–599, a count outside 1…``maximumCount``, a negative or too long delay or retry-after, an empty or
    /// overlong code or action, or a field that means nothing for the fault's kind.
    public var problems: [String] {
        var problems: [String] = []
        if !(1...Self.maximumCount).contains(count) {
            problems.append("count must be between 1 and \(Self.maximumCount), not \(count)")
        }
        if let status, !(100...599).contains(status) {
            problems.append("status must be an HTTP status between 100 and 599, not \(status)")
        }
        for (name, value) in [
            ("delayMilliseconds", delayMilliseconds), ("retryAfterMilliseconds", retryAfterMilliseconds),
        ] {
            if let value, !(0...Self.maximumMilliseconds).contains(value) {
                problems.append("\(name) must be between 0 and \(Self.maximumMilliseconds), not \(value)")
            }
        }
        for (name, value) in [("code", code), ("action", action)] {
            if let value, value.isEmpty || value.count > Self.maximumNameLength {
                problems.append("\(name) must have 1 to \(Self.maximumNameLength) characters")
            }
        }
        if kind != .error, code != nil || status != nil || retryAfterMilliseconds != nil {
            problems.append("code, status and retryAfterMilliseconds apply to error faults only")
        }
        if kind != .delay, delayMilliseconds != nil {
            problems.append("delayMilliseconds applies to delay faults only")
        }
        return problems
    }

    private enum CodingKeys: String, CodingKey {
        case kind, count, action, product, code, status, retryAfterMilliseconds, delayMilliseconds
    }

    /// Reads a fault; `count` defaults to 1.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        count = try c.decodeIfPresent(Int.self, forKey: .count) ?? 1
        action = try c.decodeIfPresent(String.self, forKey: .action)
        product = try c.decodeIfPresent(String.self, forKey: .product)
        code = try c.decodeIfPresent(String.self, forKey: .code)
        status = try c.decodeIfPresent(Int.self, forKey: .status)
        retryAfterMilliseconds = try c.decodeIfPresent(Int.self, forKey: .retryAfterMilliseconds)
        delayMilliseconds = try c.decodeIfPresent(Int.self, forKey: .delayMilliseconds)
    }
}
