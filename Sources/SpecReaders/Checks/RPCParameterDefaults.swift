import SpecIR

/// What an RPC API does when the documentation does not say: every parameter travels in the
/// query string, objects are flattened with dots and arrays are numbered lists.
///
/// HTML pages never show placement or serialisation style, and api-docs omits them at times;
/// applying the same defaults in both readers keeps their IR equal.
enum RPCParameterDefaults {
    static func apply(to parameters: [Field], style: ServiceStyle) -> [Field] {
        guard style.isRPC else { return parameters }
        return parameters.map { parameter in
            var parameter = parameter
            if parameter.placement == nil { parameter.placement = .query }
            if parameter.style == nil {
                switch parameter.type {
                case .object: parameter.style = .flat
                case .array: parameter.style = .repeatList
                default: break
                }
            }
            return parameter
        }
    }
}
