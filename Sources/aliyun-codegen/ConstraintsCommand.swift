import ArgumentParser
import Foundation
import SpecIR
import SpecReaders

/// `aliyun-codegen constraints SPEC`: how many rule-like description sentences became constraints.
struct ConstraintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "constraints",
        abstract: "Report which description sentences that read like rules were turned into constraints.",
        discussion: """
            A sentence reads like a rule when it mentions length, characters, a start or a content, a
            range, a count, values or a default. Each is either converted (a constraint, the default
            value, an allowed value), recognised as prose that is not a rule for every value (with the
            reason), or unrecognised. Prints one line per operation, the sentences asked for with
            --show, the constraints by trust class (checked and stable, checked and may go stale,
            documentation only), totals, and the coverage figure last.
            """
    )

    enum Show: String, ExpressibleByArgument, CaseIterable {
        case none, unrecognised, prose, all
    }

    @Argument(help: "The spec file: an HTML documentation page or an api-docs JSON file.")
    var specFile: String

    @Option(name: .customLong("operation"), help: "Report only this operation (repeatable).")
    var operations: [String] = []

    @Option(
        help: "Which sentences to list under each operation: \(Show.allCases.map(\.rawValue).joined(separator: ", ")).")
    var show: Show = .unrecognised

    func run() throws {
        let result = try SpecLoading.read(specFile)
        let wanted = Set(operations)
        let verdicts = result.verdicts.filter { wanted.isEmpty || wanted.contains($0.operation) }
        var output = ""
        for operation in result.service.operations where wanted.isEmpty || wanted.contains(operation.name) {
            let own = verdicts.filter { $0.operation == operation.name }
            guard !own.isEmpty else { continue }
            output += "\(operation.name): \(CoverageTally(own).summary)\n"
            for verdict in own where shows(verdict.outcome) {
                output += "  \(verdict.location): \(verdict.field): \(label(verdict.outcome)): \(verdict.sentence)\n"
            }
        }
        let total = CoverageTally(verdicts)
        let operations = result.service.operations.filter { wanted.isEmpty || wanted.contains($0.name) }
        output += "rules: \(TrustTally(operations).summary)\n"
        output += "total: \(total.summary)\n"
        output += String(
            format: "coverage: %.1f%% of %d rule-like sentences recognised (%.1f%% converted)\n",
            total.recognisedPercent, total.count, total.convertedPercent)
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func shows(_ outcome: SentenceVerdict.Outcome) -> Bool {
        switch show {
        case .none: false
        case .all: true
        case .unrecognised: outcome == .unrecognised
        case .prose: !outcome.isConverted
        }
    }

    private func label(_ outcome: SentenceVerdict.Outcome) -> String {
        switch outcome {
        case .constraint(let kinds): "constraint \(kinds.joined(separator: ", "))"
        case .defaultValue: "default value"
        case .allowedValue: "allowed value"
        case .prose(let reason): "prose (\(reason))"
        case .unrecognised: "UNRECOGNISED"
        }
    }
}

/// Counts of verdicts by outcome.
struct CoverageTally {
    var count = 0
    var converted = 0
    var prose = 0
    var unrecognised = 0

    init(_ verdicts: [SentenceVerdict]) {
        count = verdicts.count
        converted = verdicts.filter(\.outcome.isConverted).count
        unrecognised = verdicts.filter { $0.outcome == .unrecognised }.count
        prose = count - converted - unrecognised
    }

    var recognisedPercent: Double { count == 0 ? 100 : Double(count - unrecognised) * 100 / Double(count) }
    var convertedPercent: Double { count == 0 ? 100 : Double(converted) * 100 / Double(count) }

    var summary: String {
        "\(count) rule-like sentences, \(converted) converted, \(prose) recognised as prose, \(unrecognised) unrecognised"
    }
}
