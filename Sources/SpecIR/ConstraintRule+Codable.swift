extension ConstraintRule: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, min, max, values, classes, characters, pattern
    }

    /// Decodes the flat form written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "required":
            self = .required
        case "length":
            self = .length(
                min: try container.decodeIfPresent(Int.self, forKey: .min),
                max: try container.decodeIfPresent(Int.self, forKey: .max))
        case "range":
            self = .range(
                min: try container.decodeIfPresent(String.self, forKey: .min),
                max: try container.decodeIfPresent(String.self, forKey: .max))
        case "count":
            self = .count(
                min: try container.decodeIfPresent(Int.self, forKey: .min),
                max: try container.decodeIfPresent(Int.self, forKey: .max))
        case "allowedValues":
            self = .allowedValues(try container.decode([String].self, forKey: .values))
        case "firstCharacter":
            self = .firstCharacter(try container.decode([CharacterClass].self, forKey: .classes))
        case "forbiddenPrefixes":
            self = .forbiddenPrefixes(try container.decode([String].self, forKey: .values))
        case "forbiddenSubstrings":
            self = .forbiddenSubstrings(try container.decode([String].self, forKey: .values))
        case "allowedCharacters":
            self = .allowedCharacters(
                classes: try container.decode([CharacterClass].self, forKey: .classes),
                characters: try container.decode(String.self, forKey: .characters))
        case "pattern":
            self = .pattern(try container.decode(String.self, forKey: .pattern))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown constraint kind \"\(kind)\"")
        }
    }

    /// Encodes the rule flat, with its `kind`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .required:
            break
        case .length(let min, let max), .count(let min, let max):
            try container.encodeIfPresent(min, forKey: .min)
            try container.encodeIfPresent(max, forKey: .max)
        case .range(let min, let max):
            try container.encodeIfPresent(min, forKey: .min)
            try container.encodeIfPresent(max, forKey: .max)
        case .allowedValues(let values), .forbiddenPrefixes(let values), .forbiddenSubstrings(let values):
            try container.encode(values, forKey: .values)
        case .firstCharacter(let classes):
            try container.encode(classes, forKey: .classes)
        case .allowedCharacters(let classes, let characters):
            try container.encode(classes, forKey: .classes)
            try container.encode(characters, forKey: .characters)
        case .pattern(let pattern):
            try container.encode(pattern, forKey: .pattern)
        }
    }
}
