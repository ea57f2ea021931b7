/// Hands out identifiers unique within one scope, in the order asked, so collisions resolve the same
/// way on every run: the first name keeps its spelling, later ones that clash get `2`, `3`, ….
public struct NameAllocator {
    private var taken: Set<String>

    /// Starts with names already in use in the scope.
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// `preferred`, or `preferred2`, `preferred3`, … if taken.
    public mutating func allocate(_ preferred: String) -> String {
        let bare = SwiftIdentifier.bare(preferred)
        if taken.insert(bare).inserted { return preferred }
        var counter = 2
        while !taken.insert("\(bare)\(counter)").inserted { counter += 1 }
        return SwiftIdentifier.escaped("\(bare)\(counter)")
    }
}
