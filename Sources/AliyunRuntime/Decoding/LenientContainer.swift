/// Reading response fields so that one malformed field never loses the rest of the answer.
///
/// A field that is present but cannot be read is nil (an element of a list is left out) and is
/// reported to the ``DecodingIssues`` in the decoder's `userInfo`, if any. Generated models read through
/// the same two steps (``decodeMember(forKey:read:)`` and ``LenientList``) that these helpers use.
extension KeyedDecodingContainer {
    /// A scalar, read from whatever JSON type it came in; nil when absent, `null` or unreadable.
    public func decodeLeniently<Value: LenientlyDecodable>(_ type: Value.Type, forKey key: Key) -> Value? {
        decodeMember(forKey: key) { Value.readLeniently(from: $0) }
    }

    /// A nested object; nil when absent, `null` or unreadable.
    public func decodeLeniently<Value: Decodable>(_ type: Value.Type, forKey key: Key) -> Value? {
        decodeMember(forKey: key) { try? Value(from: $0) }
    }

    /// A list of scalars: elements that cannot be read are left out (and reported); nil when absent,
    /// `null` or not a list.
    public func decodeLeniently<Element: LenientlyDecodable>(_ type: [Element].Type, forKey key: Key) -> [Element]? {
        decodeMember(forKey: key) { LenientList.elements(of: $0) { Element.readLeniently(from: $0) } }
    }

    /// A list of objects: elements that cannot be read are left out (and reported).
    public func decodeLeniently<Element: Decodable>(_ type: [Element].Type, forKey key: Key) -> [Element]? {
        decodeMember(forKey: key) { LenientList.elements(of: $0) { try? Element(from: $0) } }
    }

    /// The member as `read` makes it from its decoder: nil when absent or `null`, and nil, reported as
    /// unreadable (``DecodingIssues``), when `read` cannot make it.
    @inlinable func decodeMember<Value>(forKey key: Key, read: (any Decoder) -> Value?) -> Value? {
        guard contains(key), (try? decodeNil(forKey: key)) == false, let decoder = try? superDecoder(forKey: key)
        else { return nil }
        guard let value = read(decoder) else {
            decoder.reportUnreadable()
            return nil
        }
        return value
    }
}

/// A JSON list read leniently.
@usableFromInline enum LenientList {

    /// The elements `read` can make; JSON `null` elements are skipped and each unreadable one is reported
    /// (``DecodingIssues``) and left out, so one bad element does not lose the list. Nil when the value is
    /// not a list, unless the decoder reads a document made from XML (``CodingUserInfoKey/loneElementIsList``), where a list of
    /// one is that one element.
    @inlinable static func elements<Element>(of decoder: any Decoder, read: (any Decoder) -> Element?) -> [Element]? {
        guard var list = try? decoder.unkeyedContainer() else {
            guard decoder.userInfo[.loneElementIsList] as? Bool == true else { return nil }
            return read(decoder).map { [$0] }
        }
        var elements: [Element] = []
        while !list.isAtEnd {
            if (try? list.decodeNil()) == true { continue }
            guard let element = try? list.superDecoder() else { break }
            if let value = read(element) {
                elements.append(value)
            } else {
                element.reportUnreadable()
            }
        }
        return elements
    }
}

extension LenientlyDecodable {
    /// The scalar at a decoder, read by ``decodeLeniently(from:)``; nil for JSON `null`.
    @inlinable public static func readLeniently(from decoder: any Decoder) -> Self? {
        guard let container = try? decoder.singleValueContainer(), !container.decodeNil() else { return nil }
        return decodeLeniently(from: container)
    }
}

extension CodingUserInfoKey {
    // swift-format-ignore: NeverForceUnwrap
    /// Set to `true` in a decoder's `userInfo`, a value that is not a list is read where a list is expected as a
    /// list of that one value: for a document converted from XML, where repeated elements make a list and a lone
    /// element does not look like one.
    ///
    /// (The initialiser is failable by protocol only; it accepts every string.)
    public static let loneElementIsList = CodingUserInfoKey(rawValue: "AliyunRuntime.loneElementIsList")!
}
