/// Reading response fields so that one malformed field never loses the rest of the answer.
///
/// A field that is present but cannot be read is nil (an element of a list is left out) and is
/// reported to the ``DecodingIssues`` in the decoder's `userInfo`, if any.
extension KeyedDecodingContainer {
    /// A scalar, read from whatever JSON type it came in; nil when absent, `null` or unreadable.
    public func decodeLeniently<Value: LenientlyDecodable>(_ type: Value.Type, forKey key: Key) -> Value? {
        guard contains(key), let decoder = try? superDecoder(forKey: key),
            let container = try? decoder.singleValueContainer(), !container.decodeNil()
        else { return nil }
        guard let value = Value.decodeLeniently(from: container) else {
            decoder.reportUnreadable()
            return nil
        }
        return value
    }

    /// A nested object; nil when absent, `null` or not an object. Its own fields are read leniently.
    public func decodeLeniently<Value: Decodable>(_ type: Value.Type, forKey key: Key) -> Value? {
        guard contains(key), (try? decodeNil(forKey: key)) == false, let decoder = try? superDecoder(forKey: key)
        else { return nil }
        guard let value = try? Value(from: decoder) else {
            decoder.reportUnreadable()
            return nil
        }
        return value
    }

    /// A list of scalars; elements that cannot be read are left out.
    public func decodeLeniently<Element: LenientlyDecodable>(_ type: [Element].Type, forKey key: Key) -> [Element]? {
        elements(forKey: key) { decoder in
            guard let container = try? decoder.singleValueContainer() else { return nil }
            return Element.decodeLeniently(from: container)
        }
    }

    /// A list of objects; elements that are not objects are left out.
    public func decodeLeniently<Element: Decodable>(_ type: [Element].Type, forKey key: Key) -> [Element]? {
        elements(forKey: key) { try? Element(from: $0) }
    }

    /// The elements `read` reads; `null` elements are skipped, unreadable ones reported and skipped.
    private func elements<Element>(forKey key: Key, read: (any Decoder) -> Element?) -> [Element]? {
        guard contains(key), (try? decodeNil(forKey: key)) == false else { return nil }
        guard var list = try? nestedUnkeyedContainer(forKey: key) else {
            (try? superDecoder(forKey: key))?.reportUnreadable()
            return nil
        }
        var elements: [Element] = []
        while !list.isAtEnd {
            if (try? list.decodeNil()) == true { continue }
            guard let decoder = try? list.superDecoder() else { break }
            if let element = read(decoder) {
                elements.append(element)
            } else {
                decoder.reportUnreadable()
            }
        }
        return elements
    }
}
