import AliyunRuntime

/// Whose gateway's legacy ROA signature (`Authorization: acs AccessKeyId:Signature`) a ``RequestVerifier`` checks.
/// Both sign ``ROASigner/stringToSign(method:path:parameters:headers:)`` of the request's method, path,
/// query and headers; they differ in the headers they sign.
public enum ROASignatureDialect: Sendable, Hashable {
    /// Alibaba Cloud's common gateway (`AlibabaCloudGateway` with ``SignatureVersion/v1``, a ROA
    /// call): the headers as sent.
    case alibabaCloud
    /// Drive and Photo Service's gateway (`PDSGateway`): the headers as sent, and the content type its official
    /// gateway (`alibabacloud_gateway_pds`) signs for `DownloadFile` without sending it
    /// (`PDSGateway.signsUnsentContentType(action:path:)`).
    case pds

    /// The headers the string to sign is computed from: the request's, and what this gateway signs unsent.
    func signedHeaders(of request: IncomingRequest) -> [(name: String, value: String)] {
        var headers = request.headers.map { (name: $0.key, value: $0.value) }
        if self == .pds, request.headers["content-type"] == nil,
            PDSGateway.signsUnsentContentType(action: request.headers["x-acs-action"] ?? "", path: request.path)
        {
            headers.append((name: "content-type", value: PDSGateway.unsentSignedContentType))
        }
        return headers
    }
}
