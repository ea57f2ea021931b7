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

/// Reads an option given as JSON.
public enum JSONArgument {
    /// Decodes the option's text.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - text: The option's value.
    ///   - option: The option's name, for the message.
    /// - Returns: The value.
    /// - Throws: `ValidationError` naming the option when the text is not that JSON.
    public static func decode<Value: Decodable>(_ type: Value.Type, from text: String, option: String) throws -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw ValidationError("\(option) is not the expected JSON: \(error)")
        }
    }
}
