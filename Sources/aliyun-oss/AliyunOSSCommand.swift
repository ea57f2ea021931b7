import AliyunOSSRuntime
import AliyunRuntime
import ArgumentParser
import Foundation

/// `aliyun-oss`: copy files to and from Object Storage Service, list, remove, presign, as aliyun-cli's `oss`
/// subcommands do, on the runtime's streaming, CRC-64-checked, resumable transfers.
@main
struct AliyunOSSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliyun-oss",
        abstract: "Copy files to and from OSS, list, remove and presign objects.",
        discussion: """
            Keys come from the default credentials chain (ALIBABA_CLOUD_ACCESS_KEY_ID and \
            ALIBABA_CLOUD_ACCESS_KEY_SECRET, a profile, a RAM role, …). Objects are named oss://BUCKET/KEY.
            """,
        subcommands: [Copy.self, List.self, Remove.self, Presign.self])
}

/// Where and how to reach OSS: every subcommand's options.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "The region, e.g. cn-hangzhou (default: ALIBABA_CLOUD_REGION_ID).")
    var region: String?

    @Option(help: "An endpoint to use instead of the region's, e.g. http://127.0.0.1:9000.")
    var endpoint: String?

    @Flag(help: "Address buckets path-style (ENDPOINT/BUCKET/KEY) instead of virtual-hosted.")
    var pathStyle = false

    @Option(help: "v4 (default) or v1.")
    var signatureVersion = "v4"

    @Option(help: "The credentials profile to use.")
    var profile: String?

    func caller() throws -> OSSCaller {
        let environment = ProcessInfo.processInfo.environment
        guard let region = region ?? environment["ALIBABA_CLOUD_REGION_ID"], !region.isEmpty else {
            throw ValidationError("no region: give --region or set ALIBABA_CLOUD_REGION_ID")
        }
        guard let version = OSSClientConfiguration.SignatureVersion(rawValue: signatureVersion) else {
            throw ValidationError("--signature-version must be v4 or v1")
        }
        var chosen: OSSEndpoint?
        if let endpoint {
            guard let parsed = OSSEndpoint(endpoint) else {
                throw ValidationError("--endpoint \(endpoint) is not an endpoint")
            }
            chosen = parsed
        }
        do {
            return OSSCaller(
                configuration: try OSSClientConfiguration(
                    region: region, endpoint: chosen, addressing: pathStyle ? .path : .virtualHosted,
                    credentials: DefaultCredentialsChain(profile: profile), signatureVersion: version))
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// Writes progress on standard error, one line rewritten in place, when standard error is a terminal.
struct ProgressLine: Sendable {
    let enabled = isatty(STDERR_FILENO) == 1

    func show(_ progress: OSSTransferProgress) {
        guard enabled else { return }
        let text = String(
            format: "\r%6.1f%%  %@ / %@  %@/s", progress.fraction * 100, Self.bytes(progress.bytesDone),
            Self.bytes(progress.totalBytes), Self.bytes(Int(progress.bytesPerSecond)))
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func bytes(_ count: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(count)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(count) B" : String(format: "%.1f %@", value, units[unit])
    }
}

/// Prints an error the way every subcommand does and exits 1.
func fail(_ error: any Error) -> ExitCode {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    return ExitCode.failure
}
