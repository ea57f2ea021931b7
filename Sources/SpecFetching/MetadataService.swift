import AliyunRuntime

/// Alibaba Cloud's public API metadata service.
public struct MetadataService: Sendable {
    /// The service's address when none is configured.
    public static let defaultURL = "https://api.aliyun.com"
}
