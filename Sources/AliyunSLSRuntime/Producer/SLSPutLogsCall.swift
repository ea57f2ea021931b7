import AliyunRuntime

/// A PutLogs call as the generated client (`AliyunSLS`) makes it, built here without it: the log group as protobuf
/// already (no JSON on the way), which ``SLSGateway`` compresses as `x-log-compresstype` says.
enum SLSPutLogsCall {
    /// Log Service's product code and API version.
    static let product = "Sls"
    static let version = "2020-12-30"

    /// The call writing `records` as one log group; not retried by the client (the producer retries it).
    static func make(_ records: [SLSLogRecord], configuration: SLSProducerConfiguration) throws(SLSLogGroupError)
        -> RPCCall
    {
        var call = RPCCall(
            product: product, version: version, action: "PutLogs", parameters: [],
            options: CallOptions(retry: .disabled))
        call.style = .roa
        call.method = "POST"
        call.path = "/logstores/\(PercentEncoding.rfc3986(configuration.logstore))/shards/lb"
        call.hostParameters = [RPCQueryItem(name: "project", value: configuration.project)]
        call.headers = [RPCQueryItem(name: "x-log-compresstype", value: configuration.compression.rawValue)]
        call.content = RequestContent(
            bytes: try SLSLogGroupCoding.serialize(logGroup(records, configuration: configuration)),
            contentType: SLSLogGroupCoding.protobufContentType)
        return call
    }

    /// The log group as Log Service reads it: the logs in order, then the group's topic, source and tags.
    static func logGroup(_ records: [SLSLogRecord], configuration: SLSProducerConfiguration) -> SLSWireLogGroup {
        SLSLogGroup(
            logs: records, topic: configuration.topic, source: configuration.source, tags: configuration.logTags
        ).wire
    }

    /// The documented host of a region, for a configuration that names a region and no endpoint.
    static func regionalEndpoints(_ configuration: RPCClientConfiguration) -> [String: String] {
        guard let region = configuration.region, !region.isEmpty else { return [:] }
        return [region: "\(region).log.aliyuncs.com"]
    }
}
