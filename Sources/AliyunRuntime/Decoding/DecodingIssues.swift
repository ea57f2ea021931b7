import Foundation

/// Collects the response fields that were present but could not be read, for callers (and tests) that
/// want to know what lenient decoding left out.
///
/// Put one in `JSONDecoder.userInfo[.decodingIssues]`; generated responses report every field they
/// read as nil although the answer carried a value.
public final class DecodingIssues: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    /// Creates an empty collector.
    public init() {}

    /// The coding paths of the fields that could not be read, in the order met (`Images.Image.0.Size`).
    public var fields: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    func record(_ codingPath: [any CodingKey]) {
        let path = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        lock.lock()
        paths.append(path)
        lock.unlock()
    }
}

extension CodingUserInfoKey {
    // swift-format-ignore: NeverForceUnwrap
    /// Where generated responses report fields they could not read: a ``DecodingIssues``.
    ///
    /// (The initialiser is failable by protocol only; it accepts every string.)
    public static let decodingIssues = CodingUserInfoKey(rawValue: "AliyunRuntime.decodingIssues")!
}

extension Decoder {
    /// Reports that the value at this decoder's path was present but unreadable.
    @usableFromInline func reportUnreadable() {
        (userInfo[.decodingIssues] as? DecodingIssues)?.record(codingPath)
    }
}
