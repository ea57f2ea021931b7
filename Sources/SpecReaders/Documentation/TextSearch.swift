extension String {
    /// Whether `needle` occurs, compared byte for byte in UTF-8. The readers search fixed markers
    /// (取值范围, "valid value", …) many thousand times; Foundation's locale-aware search took a third
    /// of the time reading the corpus, and the generic collection search is slower still.
    func containsText(_ needle: String) -> Bool {
        byteOffset(of: needle) != nil
    }

    /// The UTF-8 offset where `needle` ends, at its first occurrence.
    func byteOffset(afterFirst needle: String) -> Int? {
        byteOffset(of: needle).map { $0 + needle.utf8.count }
    }

    /// The UTF-8 offset of the first occurrence of `needle` (``ByteSearch``).
    func byteOffset(of needle: String) -> Int? {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { text in
            pattern.withUTF8 { ByteSearch.firstOffset(of: $0, in: text) }
        }
    }
}
