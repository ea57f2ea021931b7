/// The documented value type of a field.
public enum FieldType: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case string
    case integer
    case long
    case boolean
    case float
    case double
    case object
    case array
    /// Raw bytes (api-docs `binary`); rare in RPC APIs.
    case binary
    /// Free-form JSON value (api-docs `any`).
    case any
}

/// How a structured request parameter is serialised, after the api-docs `style` key.
public enum ParameterStyle: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Members flattened with dots: `Features.NvmeSupport=…`.
    case flat
    /// Elements numbered from 1: `Tag.1.Key=…`.
    case repeatList
    /// The whole value as one JSON string.
    case json
    /// Elements joined with commas in one value.
    case simple
    /// An XML document: an OSS body, whose one member is the document's root element.
    case xml
}
