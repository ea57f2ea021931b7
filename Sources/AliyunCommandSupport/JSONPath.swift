import AliyunRuntime

/// A path into a JSON answer: object keys and list indices (`Images.Image[0].Status`), shared by
/// `--pager` (the list to merge) and `--waiter` (the value to wait for).
struct JSONPath: Sendable, Equatable {
    /// An object key or a list index.
    enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    var steps: [Step]

    /// A path of object keys only.
    init(keys: [String]) {
        steps = keys.map(Step.key)
    }

    init(steps: [Step]) {
        self.steps = steps
    }

    /// The value at the path; nil when a step is missing or of another kind.
    func value(in root: JSONValue) -> JSONValue? {
        var current = root
        for step in steps {
            switch (step, current) {
            case (.key(let key), .object(let members)):
                guard let next = members[key] else { return nil }
                current = next
            case (.index(let index), .array(let elements)):
                guard index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
