import AliyunRuntime
import ArgumentParser
import Foundation
import SpecFetching

/// The options of the commands that ask Alibaba Cloud's metadata service: where it is, in which language, how long
/// to wait.
struct MetadataOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The metadata service's address (default: $\(MetadataService.environmentVariable), else "
                + "\(MetadataService.defaultURL)).", valueName: "url"))
    var metadataURL: String?

    @Option(help: "The documents' language: EN_US or ZH_CN (default: the service's, Chinese).")
    var language: String?

    @Option(help: "Seconds to wait for each answer before trying again.")
    var timeout: Int = 30

    /// The service these options describe.
    func service(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MetadataService {
        let url = metadataURL ?? environment[MetadataService.environmentVariable] ?? MetadataService.defaultURL
        guard let parsed = URL(string: url), let scheme = parsed.scheme, ["http", "https"].contains(scheme),
            parsed.host != nil
        else {
            StandardError.write("error: --metadata-url '\(url)' is not an http or https address")
            throw ExitCode.failure
        }
        guard timeout > 0 else {
            StandardError.write("error: --timeout must be a positive number of seconds")
            throw ExitCode.failure
        }
        let seconds = Duration.seconds(timeout)
        return MetadataService(
            baseURL: url, language: language,
            timeouts: Timeouts(connect: min(seconds, .seconds(10)), read: seconds, total: seconds * 4))
    }
}

/// Progress lines on a terminal (standard error), nothing otherwise.
enum Progress {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    static func line(_ text: String) {
        if isTerminal { StandardError.write(text) }
    }
}
