import AliyunRuntime
import ArgumentParser
import Foundation

/// `--waiter expr=PATH to=VALUE [timeout=S] [interval=S]`, as aliyun-cli's `--waiter`: call the operation
/// until the answer's value at PATH (`Images.Image[0].Status`: keys by dots, list elements by `[n]`)
/// is VALUE, every `interval` seconds (default 5) for at most `timeout` seconds (default 600).
public struct WaiterArgument: Sendable {
    let path: JSONPath
    let expected: String
    let options: WaiterOptions

    /// Parses the option's words.
    ///
    /// - Throws: `ValidationError` naming what is wrong.
    public init(_ words: [String], sleeper: any Sleeper = TaskSleeper()) throws {
        var fields: [String: String] = [:]
        for word in words {
            guard let equals = word.firstIndex(of: "=") else {
                throw ValidationError("--waiter takes key=value words (expr=PATH to=VALUE), not \(word)")
            }
            fields[String(word[..<equals])] = String(word[word.index(after: equals)...])
        }
        let known: Set<String> = ["expr", "to", "timeout", "interval"]
        if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) {
            throw ValidationError("--waiter: unknown \(unknown)= (expr, to, timeout, interval)")
        }
        guard let expression = fields["expr"], !expression.isEmpty, let expected = fields["to"] else {
            throw ValidationError("--waiter needs expr=PATH and to=VALUE")
        }
        func seconds(_ name: String, default value: Double) throws -> Duration {
            guard let text = fields[name] else { return .milliseconds(Int64(value * 1000)) }
            guard let number = Double(text), number > 0, number < 86_400 * 7 else {
                throw ValidationError("--waiter: \(name)= must be a number of seconds, not \(text)")
            }
            return .milliseconds(Int64(number * 1000))
        }
        let interval = try seconds("interval", default: 5)
        self.path = JSONPath(steps: try Self.parse(expression))
        self.expected = expected
        self.options = WaiterOptions(
            minDelay: interval, maxDelay: interval, timeout: try seconds("timeout", default: 600), sleeper: sleeper)
    }

    static func parse(_ expression: String) throws -> [JSONPath.Step] {
        var steps: [JSONPath.Step] = []
        for part in expression.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let key = rest.prefix { $0 != "[" }
            if !key.isEmpty { steps.append(.key(String(key))) }
            rest = rest.dropFirst(key.count)
            while rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                    index >= 0
                else { throw ValidationError("--waiter: expr=\(expression) is not a path such as A.B[0].C") }
                steps.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty, !(key.isEmpty && steps.isEmpty) else {
                throw ValidationError("--waiter: expr=\(expression) is not a path such as A.B[0].C")
            }
        }
        return steps
    }

    /// The value at the path, as text (a string as it is, anything else as JSON); nil when absent.
    func value(in answer: JSONValue) -> String? {
        guard let value = path.value(in: answer) else { return nil }
        if case .string(let text) = value { return text }
        return JSONText.serialize(value)
    }

    /// Polls `call` until the value at the path is the expected one, and returns that answer.
    ///
    /// - Throws: `WaiterTimeoutError` with the last value seen; whatever `call` throws.
    public func wait(_ call: @Sendable () async throws -> JSONValue) async throws -> JSONValue {
        try await Waiter.wait(
            options: options, poll: call, state: { value(in: $0) ?? "(absent)" }, until: { value(in: $0) == expected })
    }
}
