import Foundation

/// What a browser form upload (PostObject) may send: the policy OSS checks every field and the file against, until it
/// expires. Each condition is one of OSS's forms, written and read here only.
public struct OSSPostPolicy: Sendable, Hashable {
    /// One condition of the policy.
    public enum Condition: Sendable, Hashable {
        /// `{"field": "value"}`: the field is exactly this (`bucket`, `x-oss-credential`, …).
        case exactly(field: String, value: String)
        /// `["eq", "$field", "value"]`.
        case equals(field: String, value: String)
        /// `["starts-with", "$field", "prefix"]` (an empty prefix allows any value).
        case startsWith(field: String, prefix: String)
        /// `["in", "$field", [values]]`.
        case oneOf(field: String, values: [String])
        /// `["not-in", "$field", [values]]`.
        case noneOf(field: String, values: [String])
        /// `["content-length-range", minimum, maximum]`: the file's size in bytes.
        case contentLengthRange(ClosedRange<Int64>)

        /// The condition as the policy document writes it.
        public var json: JSONValue {
            switch self {
            case .exactly(let field, let value): .object([field: .string(value)])
            case .equals(let field, let value): .array([.string("eq"), .string("$" + field), .string(value)])
            case .startsWith(let field, let prefix):
                .array([.string("starts-with"), .string("$" + field), .string(prefix)])
            case .oneOf(let field, let values):
                .array([.string("in"), .string("$" + field), .array(values.map(JSONValue.string))])
            case .noneOf(let field, let values):
                .array([.string("not-in"), .string("$" + field), .array(values.map(JSONValue.string))])
            case .contentLengthRange(let range):
                .array([
                    .string("content-length-range"), .integer(range.lowerBound), .integer(range.upperBound),
                ])
            }
        }

        /// The condition a policy document's entry states; nil when it is none of OSS's forms.
        public init?(json: JSONValue) {
            switch json {
            case .object(let members) where members.count == 1:
                guard let (field, value) = members.first, case .string(let text) = value else { return nil }
                self = .exactly(field: field, value: text)
            case .array(let items) where items.count == 3:
                guard case .string(let operation) = items[0] else { return nil }
                if operation.lowercased() == "content-length-range" {
                    guard let low = Self.integer(items[1]), let high = Self.integer(items[2]), low <= high else {
                        return nil
                    }
                    self = .contentLengthRange(low...high)
                    return
                }
                guard case .string(let reference) = items[1], reference.hasPrefix("$") else { return nil }
                let field = String(reference.dropFirst())
                switch (operation.lowercased(), items[2]) {
                case ("eq", .string(let value)): self = .equals(field: field, value: value)
                case ("starts-with", .string(let prefix)): self = .startsWith(field: field, prefix: prefix)
                case ("in", .array(let values)): self = .oneOf(field: field, values: Self.strings(values))
                case ("not-in", .array(let values)): self = .noneOf(field: field, values: Self.strings(values))
                default: return nil
                }
            default:
                return nil
            }
        }

        private static func integer(_ value: JSONValue) -> Int64? {
            switch value {
            case .integer(let number): number
            case .string(let text): Int64(text)
            default: nil
            }
        }

        private static func strings(_ values: [JSONValue]) -> [String] {
            values.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
    }

    /// When the policy stops allowing uploads.
    public var expiration: Date
    /// The conditions, in order.
    public var conditions: [Condition]

    /// A policy.
    ///
    /// - Parameters:
    ///   - expiration: When it stops allowing uploads.
    ///   - conditions: What the form must satisfy (the signer adds the bucket and its own fields).
    public init(expiration: Date, conditions: [Condition] = []) {
        self.expiration = expiration
        self.conditions = conditions
    }

    /// The policy document: `{"conditions": […], "expiration": "2026-12-07T08:09:10.000Z"}`.
    public var document: String {
        JSONText.serialize(
            .object([
                "expiration": .string(expiration.formatted(Self.expirationFormat)),
                "conditions": .array(conditions.map(\.json)),
            ]))
    }

    /// How the document writes its expiration: ISO 8601 in UTC with milliseconds.
    public static let expirationFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
}

/// Signs PostObject policies with Signature V4, as OSS verifies them: the string to sign is the base64 policy
/// document, the key V4's (``OSSV4Signer``), the signature hex.
public enum OSSPostSigner {
    /// The form a browser posts to `https://BUCKET.ENDPOINT/`: `policy`, `x-oss-signature-version`,
    /// `x-oss-credential`, `x-oss-date`, `x-oss-signature` and, for STS keys, `x-oss-security-token`, in that order;
    /// the browser adds `key` (and any field the policy names), and `file` last.
    public struct Form: Sendable, Hashable {
        /// The fields, in order.
        public var fields: [(name: String, value: String)]
        /// The base64 policy document, the `policy` field.
        public var policy: String
        /// The `x-oss-signature` field.
        public var signature: String

        /// Whether both have the same fields in the same order.
        public static func == (lhs: Form, rhs: Form) -> Bool {
            lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
        }

        /// Hashes the fields.
        public func hash(into hasher: inout Hasher) {
            for field in fields {
                hasher.combine(field.name)
                hasher.combine(field.value)
            }
        }
    }

    /// Signs `policy` for uploads into `bucket`, adding the conditions OSS requires of a V4 form (the bucket, the
    /// signature version, the credential, the date and the STS token) after the policy's own.
    ///
    /// - Parameters:
    ///   - policy: What the form may send, and until when.
    ///   - bucket: The bucket uploaded into.
    ///   - region: The bucket's region, in the credential's scope.
    ///   - credentials: Whose keys sign.
    ///   - date: The signing time.
    /// - Returns: The fields the form carries besides `key` and `file`.
    public static func sign(
        _ policy: OSSPostPolicy, bucket: String, region: String, credentials: Credentials, at date: Date
    ) -> Form {
        let stamp = OSSSigningTime(date)
        let credential = "\(credentials.accessKeyId)/" + OSSV4Signer.scope(stamp.day, region: region, product: "oss")
        var fields: [(name: String, value: String)] = [
            ("x-oss-signature-version", OSSV4Signer.algorithm), ("x-oss-credential", credential),
            ("x-oss-date", stamp.iso8601),
        ]
        if let token = credentials.securityToken { fields.append(("x-oss-security-token", token)) }
        var signed = policy
        signed.conditions.append(.exactly(field: "bucket", value: bucket))
        signed.conditions += fields.map { .exactly(field: $0.name, value: $0.value) }
        let encoded = Data(signed.document.utf8).base64EncodedString()
        let signature = signature(
            policy: encoded, secret: credentials.accessKeySecret, day: stamp.day, region: region)
        return Form(
            fields: [("policy", encoded)] + fields + [("x-oss-signature", signature)], policy: encoded,
            signature: signature)
    }

    /// The signature of a base64 policy: hex HMAC-SHA256 with V4's key of `day` and `region`.
    ///
    /// - Returns: The `x-oss-signature` value.
    public static func signature(policy: String, secret: String, day: String, region: String) -> String {
        OSSV4Signer.signature(secret: secret, day: day, region: region, product: "oss", stringToSign: policy)
    }
}
