import Foundation

/// What a server sends back for a call: a status and a JSON body, as Alibaba Cloud answers.
public struct ServedAnswer: Sendable, Equatable {
    /// The HTTP status, always one of ``validStatuses`` (another is stored as 500).
    public var status: Int {
        didSet { if !Self.validStatuses.contains(status) { status = 500 } }
    }
    /// The JSON body.
    public var body: String
    /// `application/json;charset=utf-8`, as the gateway labels its answers.
    public static let contentType = "application/json;charset=utf-8"

    /// The statuses an answer may carry: HTTP's final statuses. Anything else, which no client could read
    /// and which the HTTP layer refuses to send, is answered as 500.
    public static let validStatuses = 100...599

    /// Creates an answer; a status outside ``validStatuses`` becomes 500, so no status a handler, a fault or a
    /// request chose can stop the server.
    public init(status: Int, body: String) {
        self.status = Self.validStatuses.contains(status) ? status : 500
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
