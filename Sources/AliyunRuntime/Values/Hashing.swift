/// The one way the runtime's protocols give their generated types `hashValue`: the hash of `hash(into:)`, as
/// the standard library computes it, written here once instead of synthesized for every type.
@usableFromInline enum Hashing {
    /// The finalized hash of `value`.
    @inlinable static func value(of value: some Hashable) -> Int {
        var hasher = Hasher()
        value.hash(into: &hasher)
        return hasher.finalize()
    }
}
