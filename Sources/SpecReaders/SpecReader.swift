import Foundation
import SpecIR

/// Reads a spec file of either kind (HTML documentation page or api-docs JSON) into the IR.
public enum SpecReader {
    /// Reads the file at `path`; the path appears as given in every location.
    ///
    /// - Throws: ``DiagnosticError`` located in the file for every input problem.
    public static func read(path: String) throws(DiagnosticError) -> ReadResult {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw DiagnosticError(reason, at: SourceLocation(file: path, line: 0))
        }
        return try read(bytes: [UInt8](data), path: path)
    }

    /// Reads spec bytes; `path` names them in locations.
    public static func read(bytes: [UInt8], path: String) throws(DiagnosticError) -> ReadResult {
        let input = try SpecInput(path: path, bytes: bytes)
        let read: ReadResult
        switch input.format {
        case .apiDocsJSON:
            read = try APIDocsReader.read(input)
        case .html:
            read = try HTMLSpecReader.read(input)
        case nil:
            throw DiagnosticError(
                "not an HTML documentation page or an api-docs JSON file", at: input.location(line: 1))
        }
        let (service, report) = ConstraintResolver.resolve(FieldRoles.assign(to: read.service))
        return ReadResult(
            service: service, diagnostics: read.diagnostics + report.diagnostics, verdicts: report.verdicts)
    }
}
