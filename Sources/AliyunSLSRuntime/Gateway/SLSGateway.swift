import AliyunRuntime
import Crypto
import Foundation

/// Log Service's gateway, as the official SDK calls it through `alibabacloud_gateway_sls` (its version 1 signature):
/// the project in the host (`{project}.{endpoint}`), the path's own query (`?type=log`) moved into the query, JSON
/// bodies as `application/json`, PutLogs's log group as protobuf, compressed (Zstandard unless the call's
/// `x-log-compresstype` names LZ4), `x-log-apiversion`, `x-log-bodyrawsize` and an upper-case hex `content-md5`, signed
/// with ``SLSSigner``; compressed answers (GetLogsV2, PullLogs) decompressed by their `x-log-compresstype`.
public struct SLSGateway: RequestGateway {
    /// The operations whose body is compressed unless the call names a compression, and their compression: the
    /// official gateway's table, its first available choice (it offers `deflate` after these, never reached).
    public static let requestCompression: [String: SLSCompression] = ["PutLogs": .zstd, "PreviewSPL": .lz4]
    /// The operations that ask for a compressed answer unless the call sends its own `Accept-Encoding`, and the
    /// compression they ask for: the official gateway's table, its first choice.
    public static let answerCompression: [String: SLSCompression] = [
        "PullLogs": .zstd, "GetLogsV2": .zstd, "PreviewSPL": .lz4,
    ]
    /// The operations whose body is a protobuf `LogGroup` (``SLSLogGroupCoding``).
    public static let protobufBodies: Set<String> = ["PutLogs"]
    /// The `x-log-apiversion` every call sends.
    public static let apiVersion = "0.6.0"

    /// Creates the gateway.
    public init() {}

    /// The call as Log Service's gateway wants it.
    ///
    /// - Throws: ``SLSLogGroupError`` for a PutLogs body that is not a log group, ``SLSCompressionError`` for a
    ///   compression this runtime does not write.
    public func request(
        for call: RPCCall, input: SigningInput, endpoint: ServiceEndpoint, configuration: RPCClientConfiguration
    ) throws -> HTTPRequest {
        let (encodedPath, pathQuery) = Self.split(call.path)
        let resource = encodedPath.removingPercentEncoding ?? encodedPath
        let query = pathQuery + call.parameters
        var headers = call.headers.map { (name: $0.name, value: $0.value) }
        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name }?.value }
        if let token = input.credentials?.securityToken, !token.isEmpty {
            headers.append(("x-acs-security-token", token))
        }
        var body = try Self.body(of: call)
        if let bytes = body.bytes {
            // The call's compression, else the operation's default (announced in x-log-compresstype); none when the
            // call says its body is compressed already (both x-log-compresstype and x-log-bodyrawsize given).
            var compression: SLSCompression?
            if let named = header("x-log-compresstype") {
                if header("x-log-bodyrawsize") == nil {
                    guard let known = SLSCompression(headerValue: named) else {
                        throw SLSCompressionError(
                            "x-log-compresstype \(named) is not one this runtime writes (lz4, zstd)")
                    }
                    compression = known
                }
            } else if let preferred = Self.requestCompression[call.action] {
                headers.append(("x-log-compresstype", preferred.rawValue))
                compression = preferred
            }
            if let contentType = body.contentType { headers.append(("content-type", contentType)) }
            let rawSize = header("x-log-bodyrawsize") ?? String(bytes.count)
            body.bytes = try compression?.compress(bytes) ?? bytes
            if header("content-type") == nil { headers.append(("content-type", "application/json")) }
            headers.removeAll { $0.name.lowercased() == "x-log-bodyrawsize" }
            headers.append(("x-log-bodyrawsize", rawSize))
        } else {
            if header("content-type") == nil { headers.append(("content-type", "application/json")) }
            let rawSize = header("x-log-bodyrawsize") ?? "0"
            headers.removeAll { $0.name.lowercased() == "x-log-bodyrawsize" }
            headers.append(("x-log-bodyrawsize", rawSize))
        }
        if header("accept-encoding") == nil, let compression = Self.answerCompression[call.action] {
            headers.append(("Accept-Encoding", compression.rawValue))
        }
        let project = call.hostParameters.first { $0.name == "project" }?.value
        let host = project.map { "\($0).\(endpoint.host)" } ?? endpoint.host
        let authority = endpoint.port.map { "\(host):\($0)" } ?? host
        // An endpoint that is an IPv4 address (a private or loopback one) is reached as it is, the project only in
        // the host header, as the aliyun-log SDK does: `{project}.{address}` names no machine.
        let address =
            Self.isIPv4Address(endpoint.host)
            ? endpoint.port.map { "\(endpoint.host):\($0)" } ?? endpoint.host : authority
        var sent: [(name: String, value: String)] = [
            ("accept", "application/json"), ("host", authority), ("user-agent", input.userAgent),
            ("x-log-apiversion", Self.apiVersion),
        ]
        sent += headers
        let md5 = body.bytes.map { Insecure.MD5.hash(data: $0).map { String(format: "%02X", $0) }.joined() } ?? ""
        if let credentials = input.credentials, !credentials.accessKeyId.isEmpty {
            sent.append(("x-log-signaturemethod", "hmac-sha256"))
        }
        sent += [("date", ROASigner.httpDate(input.date)), ("content-md5", md5)]
        if let credentials = input.credentials {
            let authorization = SLSSigner.authorization(
                method: call.method, path: resource, query: query, headers: sent, credentials: credentials)
            sent.append(("authorization", authorization.value))
        }
        let queryText = query.isEmpty ? "" : "?" + PercentEncoding.canonicalQuery(query)
        return HTTPRequest(
            method: call.method, url: "\(endpoint.scheme)://\(address)\(Self.requote(resource))\(queryText)",
            headers: sent, body: body.bytes ?? [])
    }

    /// The answer, decompressed when it says it is compressed (`x-log-compresstype` and `x-log-bodyrawsize`).
    ///
    /// - Throws: ``SLSCompressionError`` for a compression this runtime does not read, or a body that does not
    ///   decompress to its raw size.
    public func reply(_ reply: RPCReply, to call: RPCCall) throws -> RPCReply {
        guard let named = reply.headers["x-log-compresstype"], let size = reply.headers["x-log-bodyrawsize"],
            !reply.body.isEmpty
        else { return reply }
        guard let compression = SLSCompression(headerValue: named) else {
            throw SLSCompressionError(
                "the answer's x-log-compresstype \(named) is not one this runtime reads (lz4, zstd)")
        }
        guard let rawSize = Int(size), rawSize >= 0 else {
            throw SLSCompressionError("the answer's x-log-bodyrawsize \(size) is not a size")
        }
        var decoded = reply
        decoded.body = try compression.decompress(reply.body, rawSize: rawSize)
        return decoded
    }

    /// The body to send and its media type, before compression: a PutLogs log group as protobuf (read from JSON, or
    /// as it is when it comes as protobuf already), a JSON body (or a
    /// form, which Log Service's gateway sends as JSON too) as `application/json`, raw bytes with no media type.
    private static func body(of call: RPCCall) throws -> (bytes: [UInt8]?, contentType: String?) {
        if let content = call.content {
            if protobufBodies.contains(call.action) {
                if content.contentType == SLSLogGroupCoding.protobufContentType {
                    return (content.bytes, SLSLogGroupCoding.protobufContentType)
                }
                let group = try JSONDecoder().decode(JSONValue.self, from: Data(content.bytes))
                return (try SLSLogGroupCoding.protobuf(fromJSON: group), SLSLogGroupCoding.protobufContentType)
            }
            if content.contentType == RequestContent.jsonContentType { return (content.bytes, "application/json") }
            return (content.bytes, nil)
        }
        guard !call.body.isEmpty else { return (nil, nil) }
        var form: [String: JSONValue] = [:]
        for item in call.body { form[item.name] = .string(item.value) }
        return (Array(JSONText.serialize(.object(form)).utf8), "application/json")
    }

    /// Whether a host is an IPv4 address in dotted decimal (four numbers below 256), as the aliyun-log SDK tells one.
    static func isIPv4Address(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                (1...3).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
                    && (Int(part) ?? 256) < 256
            }
    }

    /// The path before its `?` and the parameters written after it (`/logstores/{logstore}?type=log`).
    static func split(_ path: String) -> (path: String, query: [RPCQueryItem]) {
        guard let mark = path.firstIndex(of: "?") else { return (path, []) }
        let items = path[path.index(after: mark)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let value = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? String(parts[1]) : ""
            return RPCQueryItem(name: name, value: value)
        }
        return (String(path[..<mark]), items)
    }

    /// The resource as a URL path, as the official SDK's HTTP client (requests' `requote_uri`) writes it: every byte
    /// percent-encoded but letters, digits and `-._~!#$&'()*+,/:;=?@[]%`.
    static func requote(_ path: String) -> String {
        let kept = Set("-._~!#$&'()*+,/:;=?@[]%".utf8)
        var output = ""
        for byte in path.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || kept.contains(byte)
            {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += String(format: "%%%02X", byte)
            }
        }
        return output
    }
}
