import Foundation

/// `aliyun-specs.lock`: what each fetched spec is and where it came from (product, version, address, SHA-256, when),
/// so that a generation knows exactly what it was made from and `fetch --check` what to ask upstream about. Written
/// as sorted JSON, entries ordered by product and version: the same specs give the same bytes.
public struct SpecLock: Sendable, Hashable, Codable {
    /// The lock file's name, beside the configuration.
    public static let fileName = "aliyun-specs.lock"
    /// The format's version.
    public static let currentFormat = 1

    /// One locked spec.
    public struct Entry: Sendable, Hashable, Codable {
        /// The product code, as the metadata service spells it.
        public var product: String
        /// The API version.
        public var version: String
        /// The spec file, relative to the lock file's directory.
        public var path: String
        /// The address it was fetched from.
        public var url: String
        /// The hex SHA-256 of the file.
        public var sha256: String
        /// When these bytes were first fetched (ISO 8601, UTC): kept while upstream's bytes stay the same.
        public var fetched: String

        /// An entry.
        public init(product: String, version: String, path: String, url: String, sha256: String, fetched: String) {
            self.product = product
            self.version = version
            self.path = path
            self.url = url
            self.sha256 = sha256
            self.fetched = fetched
        }
    }

    /// The format's version.
    public var format: Int
    /// The locked specs, ordered by product (ignoring case) and version.
    public private(set) var specs: [Entry]

    /// A lock of `specs`.
    public init(specs: [Entry] = []) {
        format = Self.currentFormat
        self.specs = []
        for entry in specs { record(entry) }
    }

    /// Records `entry`, replacing the entry of the same product and version; the time of the entry it replaces is
    /// kept when the bytes are the same.
    public mutating func record(_ entry: Entry) {
        var entry = entry
        if let index = specs.firstIndex(where: { Self.sameSpec($0, entry) }) {
            if specs[index].sha256 == entry.sha256 { entry.fetched = specs[index].fetched }
            specs[index] = entry
        } else {
            specs.append(entry)
        }
        specs.sort { ($0.product.lowercased(), $0.version) < ($1.product.lowercased(), $1.version) }
    }

    /// The entry of a product (any case) and version.
    public func entry(product: String, version: String) -> Entry? {
        specs.first { $0.product.lowercased() == product.lowercased() && $0.version == version }
    }

    private static func sameSpec(_ one: Entry, _ other: Entry) -> Bool {
        one.product.lowercased() == other.product.lowercased() && one.version == other.version
    }

    /// The lock as written: pretty, sorted JSON ending with a newline.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// Reads the lock at `path`; nil when there is no file.
    ///
    /// - Throws: ``MetadataError`` when the file cannot be read or is not a lock of a format this tool knows.
    public static func read(at path: String) throws(MetadataError) -> SpecLock? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let lock: SpecLock
        do {
            lock = try JSONDecoder().decode(SpecLock.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw MetadataError("\(path):1: error: not a spec lock file: \(error)")
        }
        guard lock.format == currentFormat else {
            throw MetadataError("\(path):1: error: lock format \(lock.format) is not \(currentFormat); fetch again")
        }
        return SpecLock(specs: lock.specs)
    }

    /// A time as the lock writes it: `SOURCE_DATE_EPOCH` when the environment sets it (reproducible builds), else
    /// `date`.
    public static func timestamp(
        _ date: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        let moment = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:))
        return (moment ?? date).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
