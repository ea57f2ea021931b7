import AliyunRuntime
import AliyunServerSupport
import Foundation

extension OSSRequestVerifier {
    /// The key that signed a PostObject form, as OSS checks one signed with V4: the signature over the base64 policy
    /// with the credential's key, the key known (with its STS token), the policy not expired, and every condition
    /// met by the form's fields, the bucket and the file's size.
    func verifyPost(_ form: OSSPostForm, bucket: String) async throws(OSSFailure) -> Credentials {
        guard form.fields["x-oss-signature-version"] == OSSV4Signer.algorithm else {
            throw OSSFailure(
                .invalidArgument, message: "The emulator verifies PostObject forms signed with OSS4-HMAC-SHA256 only.")
        }
        guard let policy = form.fields["policy"], let credential = form.fields["x-oss-credential"],
            let provided = form.fields["x-oss-signature"], form.fields["x-oss-date"] != nil
        else {
            throw OSSFailure(
                .invalidArgument, message: "The form lacks policy, x-oss-credential, x-oss-date or x-oss-signature.")
        }
        let parts = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, parts[3] == "oss", parts[4] == "aliyun_v4_request" else {
            throw OSSFailure(.invalidArgument, message: "The credential scope is invalid: \(credential).")
        }
        let credentials = try await known(parts[0], token: form.fields["x-oss-security-token"])
        let expected = OSSPostSigner.signature(
            policy: policy, secret: credentials.accessKeySecret, day: parts[1], region: parts[2])
        guard ConstantTime.equal(expected, provided) else {
            throw OSSFailure(.signatureDoesNotMatch, [("StringToSign", policy), ("SignatureProvided", provided)])
        }
        try check(policy: policy, form: form, bucket: bucket)
        return credentials
    }

    private func check(policy: String, form: OSSPostForm, bucket: String) throws(OSSFailure) {
        guard let bytes = Data(base64Encoded: policy),
            let document = try? JSONDecoder().decode(JSONValue.self, from: bytes),
            case .object(let members) = document, case .string(let expiration)? = members["expiration"],
            case .array(let entries)? = members["conditions"]
        else { throw OSSFailure(.invalidPolicyDocument) }
        guard let expiry = try? Date(expiration, strategy: OSSPostPolicy.expirationFormat) else {
            throw OSSFailure(.invalidPolicyDocument, message: "The policy's expiration \(expiration) is invalid.")
        }
        guard now() < expiry else {
            throw OSSFailure(.accessDenied, message: "Invalid according to Policy: Policy expired.")
        }
        var fields = form.fields
        fields["bucket"] = bucket
        for entry in entries {
            guard let condition = OSSPostPolicy.Condition(json: entry) else {
                throw OSSFailure(
                    .invalidPolicyDocument, message: "Invalid Policy: Invalid Condition: \(JSONText.serialize(entry)).")
            }
            try Self.check(condition, fields: fields, size: Int64(form.file.count))
        }
    }

    private static func check(_ condition: OSSPostPolicy.Condition, fields: [String: String], size: Int64)
        throws(OSSFailure)
    {
        let holds: Bool
        switch condition {
        case .contentLengthRange(let range):
            if size > range.upperBound { throw OSSFailure(.entityTooLarge) }
            if size < range.lowerBound { throw OSSFailure(.entityTooSmall) }
            return
        case .exactly(let field, let value), .equals(let field, let value):
            holds = fields[field.lowercased()] == value
        case .startsWith(let field, let prefix):
            holds = fields[field.lowercased()]?.hasPrefix(prefix) ?? prefix.isEmpty
        case .oneOf(let field, let values):
            holds = fields[field.lowercased()].map(values.contains) ?? false
        case .noneOf(let field, let values):
            holds = !(fields[field.lowercased()].map(values.contains) ?? false)
        }
        guard holds else {
            throw OSSFailure(
                .accessDenied,
                message: "Invalid according to Policy: Policy Condition failed: \(JSONText.serialize(condition.json))")
        }
    }
}
