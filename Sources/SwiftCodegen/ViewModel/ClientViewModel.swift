/// The service client and its methods.
struct ClientViewModel: Sendable {
    var header: HeaderViewModel
    var access: String
    var name: String
    var productLiteral: String
    var versionLiteral: String
    var docLines: [String]
    /// The region → host dictionary literal, laid out as swift-format would.
    var endpointsLiteral: String
    var validatesByDefault: Bool
}

/// One client method.
struct ClientMethodViewModel: Sendable {
    var header: HeaderViewModel
    var access: String
    var client: String
    var method: String
    var request: String
    var response: String
    var error: String
    var actionLiteral: String
    var docLines: [String]
}
