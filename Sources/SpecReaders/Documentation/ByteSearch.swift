import Foundation

/// Finding a byte string in another: `memchr` to the next place the first byte occurs, `memcmp` for the rest.
/// (glibc's `memmem` is a GNU extension that Swift's Glibc module does not offer.)
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, or nil; an empty needle is at 0.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress, needle.count <= haystack.count
        else { return nil }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            guard let found = memchr(base + start, Int32(first), last - start + 1) else { return nil }
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if needle.count == 1 || memcmp(base + offset + 1, pattern + 1, needle.count - 1) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}
