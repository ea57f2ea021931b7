extension TemplateValue {
    /// The context's members, stored and computed, as the value a template sees: an ``object(_:)``.
    ///
    /// - Throws: What the context's own `encode(to:)` or ``TemplateContext/encodeComputedMembers(to:)`` throws.
    public init(encoding context: some TemplateContext) throws {
        self = try TemplateEncoding().value(of: context)
    }
}

/// One encoding of a context and everything in it: the encoders, reused once their value is written, and the
/// member names of each context type, shared by every object of that type.
///
/// Its state and each encoder's sit behind pointers: every write to a class's stored `var` is checked for
/// exclusive access at run time, which costs more than most writes here.
final class TemplateEncoding {
    private struct Storage {
        /// The names of the last object of each context type: the next writes the same ones in the same order.
        var namesByType: [ObjectIdentifier: MemberNames] = [:]
        var spareEncoders: [TemplateValueEncoder] = []
    }

    private let storage = UnsafeMutablePointer<Storage>.allocate(capacity: 1)

    init() {
        storage.initialize(to: Storage())
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The value of `value`: contexts become objects with their computed members, strings text, and so on.
    func value<T: Encodable>(of value: T) throws -> TemplateValue {
        // Metatype comparisons, not casts: a cast from an unspecialized generic value costs a runtime call.
        if T.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
        if T.self == Bool.self { return .flag(unsafeBitCast(value, to: Bool.self)) }
        if T.self == [String].self { return .list(unsafeBitCast(value, to: [String].self).map { .text($0) }) }
        let encoder = storage.pointee.spareEncoders.popLast() ?? TemplateValueEncoder(encoding: self)
        defer { storage.pointee.spareEncoders.append(encoder) }
        do {
            // The type, not the value, is asked: casting the value would box a copy of it.
            if let context = T.self as? any TemplateContext.Type {
                return try object(value, as: context, encoder: encoder)
            }
            try value.encode(to: encoder)
            return encoder.state.pointee.finish()
        } catch {
            _ = encoder.state.pointee.finish()
            throw error
        }
    }

    /// A context's stored and computed members, as an object.
    private func object<C: TemplateContext>(_ value: some Encodable, as type: C.Type, encoder: TemplateValueEncoder)
        throws -> TemplateValue
    {
        // `value` is a `C`: its type is the one `type` was cast from.
        let context = unsafeBitCast(value, to: C.self)
        let state = encoder.state
        let expected = storage.pointee.namesByType[ObjectIdentifier(C.self)]
        state.pointee.start(names: expected)
        try context.encode(to: encoder)
        state.pointee.mayRepeatNames = true
        try context.encodeComputedMembers(to: encoder)
        let result = state.pointee.finish()
        if case .object(let object) = result, object.memberNames !== expected {
            storage.pointee.namesByType[ObjectIdentifier(C.self)] = object.memberNames
        }
        return result
    }
}

/// What a ``TemplateValueEncoder`` has written of its value so far.
struct EncoderState {
    private enum Kind {
        case none, object, list, single
    }

    private var kind = Kind.none
    /// The names the last object of the same type had, which this one writes too until a name differs.
    private var expected: MemberNames?
    /// This object's names, once they differ from `expected`.
    private var names: [String] = []
    private var diverged = false
    private var values: [TemplateValue] = []
    /// Whether a name may already be a member: once a second keyed container is asked for (computed members,
    /// merged contexts), each write replaces a member of its name.
    var mayRepeatNames = false
    private var elements: [TemplateValue] = []
    private var single = TemplateValue.absent
    /// Whether the value is a context's object, whose first keyed container writes its stored members.
    private var isContext = false

    /// Begins a context's object, expecting the names the last object of its type had.
    mutating func start(names: MemberNames?) {
        isContext = true
        kind = .object
        expected = names
        if let names { values.reserveCapacity(names.names.count) }
    }

    /// A keyed container is asked for: the value is an object.
    mutating func beginObject() {
        if kind == .object, !isContext || !values.isEmpty { mayRepeatNames = true }
        kind = .object
    }

    mutating func beginList() { kind = .list }

    mutating func set(_ name: String, _ value: TemplateValue) {
        let written = values.count
        if !diverged, let expected, written < expected.names.count, expected.names[written] == name {
            values.append(value)
            return
        }
        if mayRepeatNames, let index = (diverged ? names : expected?.names ?? [])[..<written].firstIndex(of: name) {
            values[index] = value
            return
        }
        if !diverged {
            // This object's names differ from the last one's of its type from here on.
            diverged = true
            names = Array((expected?.names ?? [])[..<written])
        }
        names.append(name)
        values.append(value)
    }

    mutating func append(_ value: TemplateValue) { elements.append(value) }

    mutating func setSingle(_ value: TemplateValue) {
        kind = .single
        single = value
    }

    /// The value written; the state is empty again.
    mutating func finish() -> TemplateValue {
        let result: TemplateValue
        switch kind {
        case .none:
            result = .absent
        case .object:
            let memberNames =
                if diverged {
                    MemberNames(names)
                } else if let expected, expected.names.count == values.count {
                    expected
                } else {
                    MemberNames(Array((expected?.names ?? [])[..<values.count]))
                }
            result = .object(TemplateObject(names: memberNames, values: values))
        case .list:
            result = .list(elements)
        case .single:
            result = single
        }
        self = EncoderState()
        return result
    }
}

/// Writes one `Encodable` value as a ``TemplateValue``: a keyed container is an object, an unkeyed one a list, a
/// single value text or a flag; `encodeIfPresent` of nil writes ``TemplateValue/absent``.
///
/// Only what synthesized conformances use is supported: nested containers and super-encoders are not.
final class TemplateValueEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// The encoding this encoder serves, which holds it as long as it lives.
    unowned(unsafe) let encoding: TemplateEncoding
    /// What is written so far (behind a pointer: see ``TemplateEncoding``).
    let state = UnsafeMutablePointer<EncoderState>.allocate(capacity: 1)

    init(encoding: TemplateEncoding) {
        self.encoding = encoding
        state.initialize(to: EncoderState())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.pointee.beginObject()
        return KeyedEncodingContainer(KeyedContainer(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        state.pointee.beginList()
        return UnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    fileprivate func set(_ name: String, _ value: TemplateValue) {
        state.pointee.set(name, value)
    }

    fileprivate func append(_ value: TemplateValue) {
        state.pointee.append(value)
    }

    fileprivate func setSingle(_ value: TemplateValue) {
        state.pointee.setSingle(value)
    }

    fileprivate func value<T: Encodable>(of value: T) throws -> TemplateValue {
        try encoding.value(of: value)
    }

    fileprivate static func unsupported(_ what: String) -> Never {
        preconditionFailure("a template context's encoding uses \(what), which TemplateValueEncoder does not support")
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TemplateValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { encoder.set(key.stringValue, .absent) }
    mutating func encode(_ value: Bool, forKey key: Key) { encoder.set(key.stringValue, .flag(value)) }
    mutating func encode(_ value: String, forKey key: Key) { encoder.set(key.stringValue, .text(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { encoder.set(key.stringValue, .text("\(value)")) }
    mutating func encode(_ value: Float, forKey key: Key) { encoder.set(key.stringValue, .text("\(value)")) }
    mutating func encode(_ value: Int, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.set(key.stringValue, try encoder.value(of: value))
    }

    // A nil optional is a member known to be absent (the defaults would leave the name out).
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { set(value.map { .flag($0) }, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { set(value.map { .text($0) }, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { set(value.map { .text("\($0)") }, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) { set(value.map { .text("\($0)") }, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) { set(value.map { .text(String($0)) }, key) }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        set(try value.map { try encoder.value(of: $0) }, key)
    }

    private func set(_ value: TemplateValue?, _ key: Key) {
        encoder.set(key.stringValue, value ?? .absent)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    { TemplateValueEncoder.unsupported("a nested container") }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TemplateValueEncoder.unsupported("a nested container")
    }

    mutating func superEncoder() -> any Encoder { TemplateValueEncoder.unsupported("a super-encoder") }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TemplateValueEncoder.unsupported("a super-encoder")
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: TemplateValueEncoder
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(encoder: TemplateValueEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil() {
        encoder.append(.absent)
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.append(try encoder.value(of: value))
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    { TemplateValueEncoder.unsupported("a nested container") }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TemplateValueEncoder.unsupported("a nested container")
    }

    mutating func superEncoder() -> any Encoder { TemplateValueEncoder.unsupported("a super-encoder") }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: TemplateValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.setSingle(.absent) }
    mutating func encode(_ value: Bool) { encoder.setSingle(.flag(value)) }
    mutating func encode(_ value: String) { encoder.setSingle(.text(value)) }
    mutating func encode(_ value: Double) { encoder.setSingle(.text("\(value)")) }
    mutating func encode(_ value: Float) { encoder.setSingle(.text("\(value)")) }
    mutating func encode(_ value: Int) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: Int8) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: Int16) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: Int32) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: Int64) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: UInt) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: UInt8) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: UInt16) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: UInt32) { encoder.setSingle(.text(String(value))) }
    mutating func encode(_ value: UInt64) { encoder.setSingle(.text(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.setSingle(try encoder.value(of: value))
    }
}
