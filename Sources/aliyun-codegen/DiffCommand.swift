import ArgumentParser
import Foundation
import SpecDiff

/// `aliyun-codegen diff OLD NEW`: what changed between two specs of a product, for the Swift API generated from
/// them.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report what changed between two specs for the generated Swift API, and what breaks it.",
        discussion: """
            Operations added and removed; parameters added, removed, retyped, made required or optional; rules \
            tightened or loosened; errors and answer fields added or removed. A change that breaks source \
            compatibility of the generated SDK (a removed operation, a new required parameter, a changed type) is \
            marked BREAKING, and the command then exits 2: a new major version, in semantic versioning. Errors \
            exit 1.
            """
    )

    @Argument(help: "The older spec (api-docs JSON or documentation page).")
    var old: String

    @Argument(help: "The newer spec.")
    var new: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let report = SpecChangeReport.compare(
            old: try SpecLoading.read(old).service, new: try SpecLoading.read(new).service)
        print(json ? report.json() : report.text)
        if report.isBreaking { throw ExitCode(2) }
    }
}
