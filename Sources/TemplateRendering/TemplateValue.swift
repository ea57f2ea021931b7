/// What a name in a template resolves to: text, a flag, a list, an object with members of its own, or nothing.
///
/// A context is turned into these once, by ``init(encoding:)``, before it is rendered; rendering then never
/// reflects over or casts a value.
public enum TemplateValue: Sendable {
    /// Text, printed by `{{name}}`; a section over it renders once with the text as its context.
    case text(String)
    /// A flag: a section renders when it is true, an inverted section when it is false. `{{name}}` prints `true`
    /// or `false`.
    case flag(Bool)
    /// A list: a section renders once per element, an inverted section when it is empty.
    case list([TemplateValue])
    /// An object whose members the template names.
    case object(TemplateObject)
    /// A member known to have no value (a nil optional): it renders nothing, and the name is still looked for in
    /// the enclosing contexts, as if this one did not have it.
    case absent
}

/// The members of an object, in the order they were encoded.
///
/// A class, so that a look-up retains one object rather than its arrays. The names are shared by every object
/// of one context type, with a hash of each, so that a look-up compares numbers until one matches.
public final class TemplateObject: Sendable {
    /// The members' names and their hashes.
    let memberNames: MemberNames
    /// The members' values, in the order of ``names``; ``TemplateValue/absent`` for a nil one.
    public let values: [TemplateValue]

    init(names: MemberNames, values: [TemplateValue]) {
        memberNames = names
        self.values = values
    }

    /// The members' names, each once: the stored properties' names, then computed members' keys.
    public var names: [String] { memberNames.names }

    /// The value of the member `name`, ``TemplateValue/absent`` when it is known to be nil, or nil when the
    /// object has no member of that name.
    public func member(named name: String) -> TemplateValue? {
        member(named: name, hash: MemberNames.hash(name))
    }

    /// ``member(named:)``, with the name's ``MemberNames/hash(_:)`` computed once for every look-up of the tag.
    func member(named name: String, hash: UInt64) -> TemplateValue? {
        let hashes = memberNames.hashes
        var index = hashes.startIndex
        while index != hashes.endIndex {
            if hashes[index] == hash, memberNames.names[index] == name { return values[index] }
            index += 1
        }
        return nil
    }
}

/// The names of an object's members with a hash of each, shared by the objects of one context type.
final class MemberNames: Sendable {
    let names: [String]
    let hashes: [UInt64]

    init(_ names: [String]) {
        self.names = names
        hashes = names.map(Self.hash)
    }

    /// FNV-1a of the name's UTF-8 bytes: a number to compare before the names themselves.
    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

extension TemplateValue {
    /// The value as plain Swift values, as other Mustache renderers take a context: text a `String`, a flag a
    /// `Bool`, a list an array, an object a `[String: Any]` of its members that are not absent; nil when absent.
    public var plainValue: Any? {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let elements): elements.map { $0.plainValue as Any }
        case .object(let object):
            Dictionary(
                zip(object.names, object.values).compactMap { name, value in value.plainValue.map { (name, $0) } },
                uniquingKeysWith: { first, _ in first })
        case .absent: nil
        }
    }
}
