import Foundation
import SpecIR

/// Reads a spec file of either kind (HTML documentation page or api-docs JSON) into the IR.
public enum SpecReader {
    /// Reads the file at `path`; the path appears as given in every location.
    ///
    /// - Throws: ``DiagnosticError`` located in the file for every input problem.
    public static func read(path: String, overlays: [SpecOverlay] = []) throws(DiagnosticError) -> ReadResult {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw DiagnosticError(reason, at: SourceLocation(file: path, line: 0))
        }
        return try read(bytes: [UInt8](data), path: path, overlays: overlays)
    }

    /// Reads spec bytes; `path` names them in locations.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: The file's path, as locations name it.
    ///   - overlays: Corrections merged over an api-docs spec of their product and version (``SpecOverlay``);
    ///     the others, and every overlay of an HTML page, are left out (``ReadResult/overlays`` lists those used).
    ///   - styles: The API styles (`info.style`) whose operations are wanted, or nil for every style. An
    ///     api-docs spec of another style is read up to its `info` and endpoints: its service holds no
    ///     operations and no shared types, so a caller that refuses the style is not kept waiting for them.
    /// - Returns: The service read, its warnings and its sentence verdicts.
    /// - Throws: ``DiagnosticError`` located in the file for every input problem.
    public static func read(
        bytes: [UInt8], path: String, overlays: [SpecOverlay] = [], readingOperationsOf styles: Set<ServiceStyle>? = nil
    ) throws(DiagnosticError) -> ReadResult {
        let input = try SpecInput(path: path, bytes: bytes)
        let read: ReadResult
        switch input.format {
        case .apiDocsJSON:
            read = try APIDocsReader.read(input, overlays: overlays, readingOperationsOf: styles)
        case .html:
            read = try HTMLSpecReader.read(input)
        case nil:
            throw DiagnosticError(
                "not an HTML documentation page or an api-docs JSON file", at: input.location(line: 1))
        }
        let (service, report) = ConstraintResolver.resolve(FieldRoles.assign(to: read.service))
        return ReadResult(
            service: service, diagnostics: read.diagnostics + report.diagnostics, verdicts: report.verdicts,
            overlays: read.overlays)
    }
}
