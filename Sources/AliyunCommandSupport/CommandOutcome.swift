import AliyunRuntime
import ArgumentParser
import Foundation

/// Turns a call's outcome into output and an exit status, as every generated subcommand does.
///
/// The response goes to standard output as JSON (exit 0); a passing dry run says so (exit 0); a
/// service error prints its code, message and request id to standard error (exit 1); a request that
/// breaks documented rules prints every violation (exit 2, nothing sent); any other failure prints
/// `error: …` (exit 1).
public enum CommandOutcome {
    /// Runs the call.
    ///
    /// - Parameter call: The client call.
    /// - Throws: `ExitCode` 1 or 2 as above; ArgumentParser's `ValidationError` unchanged.
    public static func run<Response: Encodable>(_ call: () async throws -> Response) async throws {
        do {
            let response = try await call()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(response), as: UTF8.self))
        } catch let error as RequestValidationError {
            for violation in error.violations { printError("invalid: \(violation)") }
            if error.hint != nil {
                printError(
                    "hint: if the service accepts such a request, the rule is wrong or stale; send it anyway with"
                        + " --validation warn (or off)")
            }
            throw ExitCode(2)
        } catch let dryRun as DryRunSucceeded {
            print(dryRun.description)
        } catch let error as any OperationError {
            let service = error.serviceError
            printError("\(service.code): \(service.message) (RequestId: \(service.requestId ?? "none"))")
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
