/// Limits stated as structured schema fields rather than prose.
public struct SchemaLimits: Sendable, Equatable, Hashable {
    /// Minimum string length in characters.
    public var minLength: Int?
    /// Maximum string length in characters.
    public var maxLength: Int?
    /// Regular expression the value must match.
    public var pattern: String?
    /// Smallest allowed number, as written.
    public var minimum: String?
    /// Largest allowed number, as written.
    public var maximum: String?
    /// Fewest array elements.
    public var minItems: Int?
    /// Most array elements.
    public var maxItems: Int?
    /// Where each key (`maxItems`, …, and `enum` or `enumValueTitles`) is written, when the reader knows it;
    /// keyed by the key's name.
    public var keyLocations: [String: SourceLocation]

    /// Creates limits; all absent by default.
    public init(
        minLength: Int? = nil,
        maxLength: Int? = nil,
        pattern: String? = nil,
        minimum: String? = nil,
        maximum: String? = nil,
        minItems: Int? = nil,
        maxItems: Int? = nil,
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
        self.minItems = minItems
        self.maxItems = maxItems
        self.keyLocations = keyLocations
    }

    /// True when no limit is set.
    public var isEmpty: Bool {
        minLength == nil && maxLength == nil && pattern == nil && minimum == nil && maximum == nil && minItems == nil
            && maxItems == nil
    }

    /// Where the first of `keys` that the reader located is written.
    public func location(of keys: [String]) -> SourceLocation? {
        keys.lazy.compactMap { keyLocations[$0] }.first
    }
}

extension SchemaLimits: Codable {
    private enum CodingKeys: String, CodingKey {
        case minLength, maxLength, pattern, minimum, maximum, minItems, maxItems, keyLocations
    }

    /// Decodes limits; an IR written before key locations were recorded decodes with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            minLength: try container.decodeIfPresent(Int.self, forKey: .minLength),
            maxLength: try container.decodeIfPresent(Int.self, forKey: .maxLength),
            pattern: try container.decodeIfPresent(String.self, forKey: .pattern),
            minimum: try container.decodeIfPresent(String.self, forKey: .minimum),
            maximum: try container.decodeIfPresent(String.self, forKey: .maximum),
            minItems: try container.decodeIfPresent(Int.self, forKey: .minItems),
            maxItems: try container.decodeIfPresent(Int.self, forKey: .maxItems),
            keyLocations: try container.decodeIfPresent([String: SourceLocation].self, forKey: .keyLocations) ?? [:])
    }

    /// Encodes the limits that are set; key locations only when there are any.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(minLength, forKey: .minLength)
        try container.encodeIfPresent(maxLength, forKey: .maxLength)
        try container.encodeIfPresent(pattern, forKey: .pattern)
        try container.encodeIfPresent(minimum, forKey: .minimum)
        try container.encodeIfPresent(maximum, forKey: .maximum)
        try container.encodeIfPresent(minItems, forKey: .minItems)
        try container.encodeIfPresent(maxItems, forKey: .maxItems)
        if !keyLocations.isEmpty { try container.encode(keyLocations, forKey: .keyLocations) }
    }
}
