/// The INI dialect of `~/.alibabacloud/credentials`, as the Python `alibabacloud-credentials` reads it
/// (configparser): `[section]` headers, `key = value` or `key: value` lines (keys in any case, read in
/// lower case), `#` and `;` comment lines, and a value cut at its first `#`.
enum INIFile {
    static func parse(_ text: String, path: String) throws(CredentialsError) -> [String: [String: String]] {
        var sections: [String: [String: String]] = [:]
        var current: String?
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw CredentialsError("\(path):\(index + 1): malformed section header")
                }
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                current = name
                sections[name, default: [:]] = sections[name] ?? [:]
                continue
            }
            guard let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw CredentialsError("\(path):\(index + 1): expected key = value")
            }
            guard let section = current else {
                throw CredentialsError("\(path):\(index + 1): key outside any [section]")
            }
            let key = line[..<separator].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: separator)...]
            if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
            sections[section]?[key] = value.trimmingCharacters(in: .whitespaces)
        }
        return sections
    }
}

/// One profile of `~/.alibabacloud/credentials` as a provider, by its `type` (as the Python
/// `alibabacloud-credentials` reads it; `access_key` when absent):
///
/// - `access_key`: `access_key_id`, `access_key_secret`;
/// - `sts`: the same and `security_token` (this runtime's addition: the official libraries have no such type);
/// - `ram_role_arn`: an access key and `role_arn`, `role_session_name`, `policy`;
/// - `oidc_role_arn`: `role_arn`, `oidc_provider_arn`, `oidc_token_file_path`, `role_session_name`, `policy`;
/// - `ecs_ram_role`: `role_name`.
///
/// `rsa_key_pair` (retired by Alibaba Cloud) and anything else is refused with an error naming the type.
enum INIProfile {
    static let types = ["access_key", "sts", "ram_role_arn", "oidc_role_arn", "ecs_ram_role"]

    static func provider(
        _ section: [String: String], profile: String, path: String, environment: [String: String],
        network: CredentialsNetwork
    ) throws(CredentialsError) -> any CredentialsProvider {
        let source = "\(path), profile [\(profile)]"
        func value(_ key: String) -> String? { section[key].flatMap { $0.isEmpty ? nil : $0 } }
        func required(_ key: String, _ type: String) throws(CredentialsError) -> String {
            guard let text = value(key) else {
                throw CredentialsError("\(path): profile [\(profile)] of type \(type) lacks \(key)")
            }
            return text
        }
        func accessKey() throws(CredentialsError) -> Credentials {
            guard let id = value("access_key_id"), let secret = value("access_key_secret") else {
                throw CredentialsError("\(path): profile [\(profile)] lacks access_key_id or access_key_secret")
            }
            return Credentials(accessKeyId: id, accessKeySecret: secret)
        }
        let type = value("type") ?? "access_key"
        switch type {
        case "access_key":
            return StaticCredentialsProvider(try accessKey(), source: source)
        case "sts":
            var credentials = try accessKey()
            credentials.securityToken = try required("security_token", type)
            return StaticCredentialsProvider(credentials, source: source)
        case "ram_role_arn":
            return try RAMRoleARNCredentialsProvider(
                source: StaticCredentialsProvider(try accessKey(), source: source),
                roleArn: try required("role_arn", type),
                session: try RoleSession(
                    name: value("role_session_name"), policy: value("policy"), now: network.now()),
                network: network, environment: environment)
        case "oidc_role_arn":
            return try OIDCRoleCredentialsProvider(
                roleArn: try required("role_arn", type), oidcProviderArn: try required("oidc_provider_arn", type),
                tokenFile: try required("oidc_token_file_path", type),
                session: try RoleSession(
                    name: value("role_session_name"), policy: value("policy"), now: network.now()),
                network: network, environment: environment)
        case "ecs_ram_role":
            return ECSRAMRoleCredentialsProvider(
                roleName: value("role_name"), endpoint: network.metadataEndpoint, environment: environment,
                transport: network.transport, now: network.now)
        default:
            throw CredentialsError(
                "\(path): profile [\(profile)] has type \(type); supported: \(types.joined(separator: ", "))")
        }
    }
}
