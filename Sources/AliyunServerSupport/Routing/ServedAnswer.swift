import Foundation

/// What a server sends back for a call: a status and a JSON body, as Alibaba Cloud answers.
public struct ServedAnswer: Sendable, Equatable {
    /// The HTTP status.
    public var status: Int
    /// The JSON body.
    public var body: String
    /// `application/json;charset=utf-8`, as the gateway labels its answers.
    public static let contentType = "application/json;charset=utf-8"

    /// Creates an answer.
    public init(status: Int, body: String) {
        self.status = status
        self.body = body
    }

    /// The `Code` of an error answer; nil for a success.
    public var code: String? {
        guard status >= 400, let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        else { return nil }
        return object["Code"] as? String
    }

    /// An error answer: `RequestId`, `HostId`, `Code`, `Message` and `Recommend`, in the order of the
    /// documentation's examples (clients read them by name).
    public static func error(
        status: Int, code: String, message: String, requestId: String, hostId: String, product: String
    ) -> ServedAnswer {
        let recommend =
            "https://api.aliyun.com/troubleshoot?q=\(code)&product=\(product)&requestId=\(requestId)"
        let fields = [
            ("RequestId", requestId), ("HostId", hostId), ("Code", code), ("Message", message),
            ("Recommend", recommend),
        ]
        let body = "{" + fields.map { "\(jsonString($0.0)):\(jsonString($0.1))" }.joined(separator: ",") + "}"
        return ServedAnswer(status: status, body: body)
    }

    /// A JSON string literal of the text.
    static func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
