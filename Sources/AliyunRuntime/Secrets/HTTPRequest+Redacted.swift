import Foundation

extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The request with its signature and tokens replaced by `<redacted>`.
    public var description: String {
        "HTTPRequest(\(method) \(Redaction.url(url)), headers: \(Redaction.describe(headers)), body: \(body.count) bytes)"
    }

    /// The same as `description`: no secret.
    public var debugDescription: String { description }

    /// Children with the signature and tokens replaced, for `dump` and debuggers.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method, "url": Redaction.url(url),
                "headers": Redaction.headers(headers).map { "\($0.name): \($0.value)" }, "body": "\(body.count) bytes",
            ])
    }
}

extension SignedRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The request with its signature and tokens replaced by `<redacted>`; the canonical request and the
    /// string to sign hold no secret and are kept.
    public var description: String {
        let query = query.isEmpty ? "" : "?" + Redaction.query(query)
        return "SignedRequest(\(method) \(path)\(query), headers: \(Redaction.describe(headers)), "
            + "body: \(body.count) bytes, signature: \(Redaction.placeholder))"
    }

    /// The same as `description`: no secret.
    public var debugDescription: String { description }

    /// Children with the signature and tokens replaced, for `dump` and debuggers; the token is also
    /// scrubbed from the canonical request and the string to sign, which sign it.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method, "path": path, "query": Redaction.query(query),
                "headers": Redaction.headers(headers).map { "\($0.name): \($0.value)" }, "body": "\(body.count) bytes",
                "canonicalRequest": canonicalRequest.map { Redaction.scrub($0, secrets: tokens) } as Any,
                "stringToSign": Redaction.scrub(stringToSign, secrets: tokens), "signature": Redaction.placeholder,
            ])
    }

    /// The security or bearer tokens the request carries (in a header for V3, in the query for V1).
    private var tokens: [String] {
        let inHeaders = headers.filter {
            Redaction.secretHeaders.contains($0.name.lowercased()) && $0.name.lowercased() != "authorization"
        }
        let inQuery = query.split(separator: "&").compactMap { item -> String? in
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, Redaction.secretParameters.contains(pair[0]), pair[0] != "Signature" else {
                return nil
            }
            return pair[1].removingPercentEncoding
        }
        return inHeaders.map(\.value) + inQuery
    }
}
