/// Where the source places a parameter (api-docs `in`, a documentation page's 位置 / position column): the one
/// place the placement names are spelled. ``Field/place`` decides from it where the parameter travels. Names
/// the generator does not know are kept verbatim (and travel with the query).
public struct ParameterPlacement: SourceName {
    /// The name as the source spells it.
    public var rawValue: String

    /// A placement by its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The query string.
    public static let query: ParameterPlacement = "query"
    /// A form body, which RPC reads with the query.
    public static let formData: ParameterPlacement = "formData"
    /// A segment of a ROA path.
    public static let path: ParameterPlacement = "path"
    /// The host name: OSS's bucket (`{bucket}.oss-cn-hangzhou.aliyuncs.com`).
    public static let host: ParameterPlacement = "host"
    /// An HTTP header.
    public static let header: ParameterPlacement = "header"
    /// A member of the JSON body object.
    public static let body: ParameterPlacement = "body"
    /// The whole body, when it is not an object with members (a list, a scalar).
    public static let payload: ParameterPlacement = "payload"
}
